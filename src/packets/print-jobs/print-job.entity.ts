import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
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

  @Column({ type: 'integer', default: 0 })
  done: number;

  @Column({ type: 'integer' })
  total: number;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The file is deleted after this, and the job with it. */
  @Index('idx_print_jobs_expires')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
