import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How the link to Kazpost's tracking fares, in one row shared by every worker: when Kazpost
 * last answered, its last failure, the pause it earned, who holds the sweep, and the operation
 * codes it sent that our table does not know.
 */
@Entity('kazpost_link')
export class KazpostLink {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ name: 'last_reached_at', type: 'timestamptz', nullable: true })
  lastReachedAt: Date | null;

  @Column({ name: 'last_failure_at', type: 'timestamptz', nullable: true })
  lastFailureAt: Date | null;

  @Column({ name: 'last_failure', type: 'varchar', length: 300, nullable: true })
  lastFailure: string | null;

  @Column({ name: 'consecutive_failures', type: 'int', default: 0 })
  consecutiveFailures: number;

  @Column({ name: 'paused_until', type: 'timestamptz', nullable: true })
  pausedUntil: Date | null;

  /** A sweep running until then holds the rate limit; another waits for it to end. */
  @Column({ name: 'sweep_until', type: 'timestamptz', nullable: true })
  sweepUntil: Date | null;

  @Column({ name: 'unknown_codes', type: 'text', array: true, default: () => "'{}'" })
  unknownCodes: string[];
}
