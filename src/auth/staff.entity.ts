import { ApiProperty } from '@nestjs/swagger';
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
import { CANONICAL_PHONE } from '@/common/validation/canonical-forms';
import type { PostOffice } from '@/directory/post-offices/post-office.entity';
import type { School } from '@/directory/schools/school.entity';
import { ROLES, Role } from './role';

/**
 * A staff member's account: who signs in, with which role, for which school or post office.
 * Directory's staff screens manage it; auth reads it to sign people in. The school and office
 * are named by entity name and their types imported as types only: nothing of the directory
 * above auth is loaded by it.
 */
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

  @ManyToOne('School', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: School;

  @Column({ name: 'post_office_id', type: 'uuid', nullable: true })
  postOfficeId: string | null;

  @ManyToOne('PostOffice', { onDelete: 'RESTRICT' })
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
