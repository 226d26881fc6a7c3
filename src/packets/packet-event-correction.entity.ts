import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Staff } from '@/auth/staff.entity';
import { PacketEventRecord } from './packet-event.entity';
import { PACKET_STATUSES, PacketStatus } from './packet-status';

/**
 * A wrong scan set right: the compensating record that says who corrected which event, when
 * and why. The event itself stays in the history, marked as corrected; it no longer counts.
 */
@Entity('packet_event_corrections')
export class PacketEventCorrection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @OneToOne(() => PacketEventRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: PacketEventRecord;

  @Column({ type: 'varchar', length: 300 })
  reason: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Staff;

  /** The packet's status before and after the correction. */
  @Column({ name: 'status_before', type: 'enum', enum: PACKET_STATUSES, enumName: 'packet_status' })
  statusBefore: PacketStatus;

  @Column({ name: 'status_after', type: 'enum', enum: PACKET_STATUSES, enumName: 'packet_status' })
  statusAfter: PacketStatus;

  @CreateDateColumn({ name: 'corrected_at', type: 'timestamptz' })
  correctedAt: Date;
}
