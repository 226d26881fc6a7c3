import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Language, LANGUAGES } from '@/directory/classes/class-language';
import { PRINT_JOB_STATUSES, PrintJobStatus } from './print-job.dto';

/** A print run being rendered by a worker, or ready for download until it expires. */
@Entity('print_jobs')
export class PrintJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

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
