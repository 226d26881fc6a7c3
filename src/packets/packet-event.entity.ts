import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PostOffice } from '@/directory/post-offices/post-office.entity';
import { Staff } from '@/auth/staff.entity';
import { Packet } from './packet.entity';
import {
  EVENT_SOURCES,
  EventSource,
  PACKET_EVENTS,
  PacketEvent,
  UNDELIVERABLE_REASONS,
  UndeliverableReason,
} from './packet-lifecycle';

/** One thing that happened to a packet (a scan or a review); never changed once written. */
@Entity('packet_events')
@Index('idx_packet_events_packet_time', ['packetId', 'occurredAt'])
@Index('idx_packet_events_event_time', ['event', 'occurredAt'])
@Index('uq_packet_events_client', ['packetId', 'clientId'], {
  unique: true,
  where: '"client_id" IS NOT NULL',
})
export class PacketEventRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'packet_id', type: 'uuid' })
  packetId: string;

  @ManyToOne(() => Packet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'packet_id' })
  packet?: Packet;

  @Column({ type: 'enum', enum: PACKET_EVENTS, enumName: 'packet_event' })
  event: PacketEvent;

  @Column({
    type: 'enum',
    enum: UNDELIVERABLE_REASONS,
    enumName: 'undeliverable_reason',
    nullable: true,
  })
  reason: UndeliverableReason | null;

  @Column({ name: 'post_office_id', type: 'uuid', nullable: true })
  postOfficeId: string | null;

  @ManyToOne(() => PostOffice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_office_id' })
  postOffice?: PostOffice;

  /** Who recorded it; null for an event read from Kazpost's tracking. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Staff;

  /** When it happened, by the scanning device's clock (offline scans arrive later). */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** When the server recorded it. */
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** Our staff (a scan, a round, a review) or Kazpost's own record of the step. */
  @Column({ type: 'enum', enum: EVENT_SOURCES, enumName: 'packet_event_source', default: 'staff' })
  source: EventSource;

  /** Kazpost's operation code, for an event read from Kazpost. */
  @Column({ name: 'kazpost_operation', type: 'varchar', length: 40, nullable: true })
  kazpostOperation: string | null;

  /** The Kazpost office of that operation, as Kazpost names it (it may not be in our list). */
  @Column({ name: 'kazpost_postcode', type: 'varchar', length: 7, nullable: true })
  kazpostPostcode: string | null;

  @Column({ name: 'kazpost_office', type: 'varchar', length: 200, nullable: true })
  kazpostOffice: string | null;

  /** The scan station's own id for the scan, so a resend is recognised. */
  @Column({ name: 'client_id', type: 'varchar', length: 64, nullable: true })
  clientId: string | null;
}
