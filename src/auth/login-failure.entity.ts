import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed login, by login and by address. Kept in the database, not in a process's memory,
 * so every API process behind the load balancer counts the same failures.
 */
@Entity('login_failures')
@Index('idx_login_failures_key_time', ['key', 'failedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  key: string;

  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt: Date;
}
