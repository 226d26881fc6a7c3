import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A session its owner signed out of: its token is refused until it would have expired. In the
 * database, so every API process refuses it (within a minute; at once in the one signed out).
 */
@Entity('ended_sessions')
export class EndedSession {
  /** The token's `jti`. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_ended_sessions' })
  jti: string;

  /** When the token expires anyway; the row can go then. */
  @Index('idx_ended_sessions_expires')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
