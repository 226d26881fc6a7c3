import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Dispatch } from '@/dispatches/dispatch.entity';
import { Student } from '@/directory/students/student.entity';
import type { PacketSnapshot } from '@/rendering/packet-snapshot';
import { ApiProperty } from '@nestjs/swagger';
import { S10_PATTERN } from './s10';
import { PACKET_STATUSES, PacketStatus } from './packet-status';

@Entity('packets')
@Index('uq_packets_dispatch_list_no', ['dispatchId', 'listNo'], { unique: true })
// The school's S10 codes taken today (the daily quota), without reading its whole history.
@Index('idx_packets_school_created', ['schoolId', 'createdAt'])
export class Packet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dispatch_id', type: 'uuid' })
  dispatchId: string;

  // Named by entity name, its type imported as a type only: dispatches sit a layer above.
  @ManyToOne('Dispatch', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dispatch_id' })
  dispatch?: Dispatch;

  @Index('idx_packets_school_status')
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Index('idx_packets_class')
  @Column({ name: 'class_id', type: 'uuid' })
  classId: string;

  /** The school's post office, where the packet is posted and collected back. */
  @Column({ name: 'origin_office_id', type: 'uuid' })
  originOfficeId: string;

  /** The office nearest the pupil, where it arrives and the work is handed back in. */
  @Index('idx_packets_destination_office')
  @Column({ name: 'destination_office_id', type: 'uuid' })
  destinationOfficeId: string;

  @Index('idx_packets_student')
  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @ManyToOne(() => Student, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  student?: Student;

  /** Position in the class list, the order packets are printed in. */
  @Column({ name: 'list_no', type: 'integer' })
  listNo: number;

  @ApiProperty({ pattern: S10_PATTERN.source, example: 'RR123456785KZ' })
  @Index('uq_packets_code', { unique: true })
  @Column({ type: 'char', length: 13 })
  code: string;

  @Column({ type: 'enum', enum: PACKET_STATUSES, enumName: 'packet_status', default: 'created' })
  status: PacketStatus;

  /** Carried by hand (the pupil's channel when it was made): no postal step, a carrier's. */
  @Column({ name: 'by_hand', type: 'boolean', default: false })
  byHand: boolean;

  @Column({ name: 'return_due_on', type: 'date' })
  returnDueOn: string;

  /** The undeliverable packet this one re-sends to a corrected address. */
  @Index('uq_packets_replaces', { unique: true, where: '"replaces_packet_id" IS NOT NULL' })
  @Column({ name: 'replaces_packet_id', type: 'uuid', nullable: true })
  replacesPacketId: string | null;

  /** Why the return date was moved (illness, road closed), when a deputy extended it. */
  @Column({ name: 'extension_reason', type: 'varchar', length: 300, nullable: true })
  extensionReason: string | null;

  /** The subjects of its cases, for the per-subject reports. */
  @Column({ name: 'subject_codes', type: 'varchar', array: true })
  subjectCodes: string[];

  @Column({ type: 'jsonb' })
  snapshot: PacketSnapshot;

  /**
   * When the packet first reached each step, written with the event that proved it, so the
   * reports can ask "as of any day" without re-reading the whole event log.
   */
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  @Column({ name: 'collected_at', type: 'timestamptz', nullable: true })
  collectedAt: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  /** When it became undeliverable or lost. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
