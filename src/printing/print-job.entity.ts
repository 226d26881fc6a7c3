import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { School } from '@/directory/schools/school.entity';
import { Language, LANGUAGES } from '@/directory/classes/class-language';
import { PRINT_JOB_STATUSES, PrintJobStatus } from './print-job.dto';

/** A print run being rendered by a worker, or ready for download until it expires. */
@Entity('print_jobs')
export class PrintJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  /** The school whose classes it prints: queues take turns between schools (null: the admin's). */
  @Index('idx_print_jobs_school_status')
  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId: string | null;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'FK_print_jobs_school' })
  school?: School;

  @Column({ type: 'enum', enum: PRINT_JOB_STATUSES, enumName: 'print_job_status' })
  status: PrintJobStatus;

  /** In print order (class order); the worker renders them in this order. */
  @Column({ name: 'dispatch_ids', type: 'uuid', array: true })
  dispatchIds: string[];

  /** The first class's: the document's language and its page labels. */
  @Column({ type: 'enum', enum: LANGUAGES, enumName: 'class_language' })
  language: Language;

  @Column({ type: 'integer', default: 0 })
  done: number;

  @Column({ type: 'integer' })
  total: number;

  /** When the latest try began; a try older than the lease is taken over. */
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  /** Raised by each worker that starts rendering; only the latest try may write. */
  @Column({ type: 'integer', default: 0 })
  attempt: number;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The file is deleted after this, and the job with it. */
  @Index('idx_print_jobs_expires')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
