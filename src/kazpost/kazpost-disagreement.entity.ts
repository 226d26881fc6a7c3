import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Packet } from '@/packets/packet.entity';
import { PACKET_EVENTS, PacketEvent } from '@/packets/packet-lifecycle';
import { PACKET_STATUSES, PacketStatus } from '@/packets/packet-status';
import { DISAGREEMENT_KINDS, DisagreementKind } from './kazpost-decisions';

/** A step Kazpost records that our record contradicts: shown on the packet, never merged. */
@Entity('kazpost_disagreements')
@Index('uq_kazpost_disagreements_operation', ['packetId', 'operation', 'occurredAt'], {
  unique: true,
})
export class KazpostDisagreement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'packet_id', type: 'uuid' })
  packetId: string;

  @ManyToOne(() => Packet, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'packet_id' })
  packet?: Packet;

  @Column({ type: 'enum', enum: DISAGREEMENT_KINDS, enumName: 'kazpost_disagreement_kind' })
  kind: DisagreementKind;

  /** The event Kazpost's operation means. */
  @Column({ type: 'enum', enum: PACKET_EVENTS, enumName: 'packet_event' })
  event: PacketEvent;

  @Column({ type: 'varchar', length: 40 })
  operation: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 7, nullable: true })
  postcode: string | null;

  @Column({ name: 'office_name', type: 'varchar', length: 200, nullable: true })
  officeName: string | null;

  /** Our packet's status when Kazpost's record was read. */
  @Column({
    name: 'our_status',
    type: 'enum',
    enum: PACKET_STATUSES,
    enumName: 'packet_status',
  })
  ourStatus: PacketStatus;

  @CreateDateColumn({ name: 'found_at', type: 'timestamptz' })
  foundAt: Date;
}
