import { ApiProperty } from '@nestjs/swagger';
import { CANONICAL_PHONE } from '../validate-postcode';
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

  /** Stored in lower case, so logins are unique whatever case people type them in. */
  @Index('uq_staff_login', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  login: string;

  /** For the service's text messages to staff (overdue duties, silent pupils); optional. */
  @ApiProperty({ pattern: CANONICAL_PHONE.source, nullable: true, type: String })
  @Column({ type: 'varchar', length: 16, nullable: true })
  phone: string | null;

  /** A deactivated account cannot log in, and its tokens stop working at once. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Tokens carry the version they were issued under; raising it ends every earlier session. */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion: number;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, select: false })
  passwordHash: string;

  /** The password is one somebody else knows (the documented first admin's): change it at sign-in. */
  @Column({ name: 'password_change_due', type: 'boolean', default: false })
  passwordChangeDue: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
