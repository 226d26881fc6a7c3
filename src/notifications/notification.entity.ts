import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LANGUAGES, Language } from '@/directory/classes/class-language';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  NotificationKind,
  NotificationStatus,
} from './notification-kinds';

/**
 * One text message, from the moment its cause was recorded (the outbox row, written in the
 * same transaction as the event) until the operator's delivery receipt.
 */
@Entity('notifications')
@Index('idx_notifications_school_created', ['schoolId', 'createdAt'])
@Index('idx_notifications_due', ['status', 'notBefore'])
// The daily cap counts a school's submits since midnight before every send.
@Index('idx_notifications_school_submitted', ['schoolId', 'submitStartedAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** What makes the message one of a kind: the same cause never sends twice. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, unique: true })
  dedupeKey: string;

  @Index('idx_notifications_packet')
  @Column({ name: 'packet_id', type: 'uuid', nullable: true })
  packetId: string | null;

  @Index('idx_notifications_student')
  @Column({ name: 'student_id', type: 'uuid', nullable: true })
  studentId: string | null;

  /** The staff member told (duty and silence messages). */
  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId: string | null;

  /** The number it went to, filled when it is sent. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  phone: string | null;

  @Column({ type: 'enum', enum: LANGUAGES, enumName: 'class_language' })
  language: Language;

  /** What the text is written from (names, dates, office), fixed when the cause happened. */
  @Column({ type: 'jsonb', default: {} })
  params: Record<string, string | number>;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'smallint', nullable: true })
  segments: number | null;

  @Column({
    type: 'enum',
    enum: NOTIFICATION_STATUSES,
    enumName: 'notification_status',
    default: 'queued',
  })
  status: NotificationStatus;

  @Column({ name: 'status_reason', type: 'varchar', length: 200, nullable: true })
  statusReason: string | null;

  @Column({ name: 'not_before', type: 'timestamptz', default: () => 'now()' })
  notBefore: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Index('idx_notifications_provider_id')
  @Column({ name: 'provider_message_id', type: 'varchar', length: 100, nullable: true })
  providerMessageId: string | null;

  @Column({ name: 'submit_started_at', type: 'timestamptz', nullable: true })
  submitStartedAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
