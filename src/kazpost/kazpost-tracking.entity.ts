import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Packet } from '@/packets/packet.entity';

/** When a packet in the postal part of its journey was, and will next be, asked about. */
@Entity('kazpost_tracking')
@Index('idx_kazpost_tracking_next_check', ['nextCheckAt'])
export class KazpostTracking {
  @PrimaryColumn({ name: 'packet_id', type: 'uuid' })
  packetId: string;

  @OneToOne(() => Packet, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'packet_id' })
  packet?: Packet;

  @Column({ name: 'next_check_at', type: 'timestamptz' })
  nextCheckAt: Date;

  @Column({ name: 'last_checked_at', type: 'timestamptz', nullable: true })
  lastCheckedAt: Date | null;

  /** Failed checks in a row (a garbled answer for this packet); reset by a good one. */
  @Column({ type: 'int', default: 0 })
  failures: number;
}
