import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ROLES, Role } from '@/auth/role';
import { PostOffice } from '../post-offices/post-office.entity';
import { School } from '../schools/school.entity';

@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'staff_role' })
  role: Role;

  @Index('idx_staff_school')
  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId: string | null;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: School;

  @Column({ name: 'post_office_id', type: 'uuid', nullable: true })
  postOfficeId: string | null;

  @ManyToOne(() => PostOffice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_office_id' })
  postOffice?: PostOffice;

  @Index('uq_staff_login', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  login: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, select: false })
  passwordHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
