import { FieldChanges } from './audit-note';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who created or changed what: one row per successful change, never updated. */
@Entity('audit_entries')
@Index('idx_audit_entries_school_time', ['schoolId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 20 })
  actorRole: string;

  /** The school whose record changed (whoever changed it), for the director's view. */
  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId: string | null;

  @Column({ type: 'varchar', length: 30 })
  entity: string;

  @Column({ type: 'varchar', length: 10 })
  action: string;

  @Column({ type: 'varchar', length: 120 })
  route: string;

  @Column({ name: 'target_id', type: 'varchar', length: 64, nullable: true })
  targetId: string | null;

  /** What the record was called when it changed (a pupil's name, a class, a packet's code). */
  @Column({ name: 'target_name', type: 'varchar', length: 200, nullable: true })
  targetName: string | null;

  /** Personal data a change replaced: field -> { before, after }. */
  @Column({ type: 'jsonb', nullable: true })
  changes: FieldChanges | null;
}
