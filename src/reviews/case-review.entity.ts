import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Staff } from '@/auth/staff.entity';
import { Packet } from '@/packets/packet.entity';

/** A teacher's verdict on one case of returned work; its comment travels in the next packet. */
@Entity('case_reviews')
@Index('uq_case_reviews_packet_case', ['packetId', 'caseId'], { unique: true })
@Index('idx_case_reviews_pending', ['studentId'], { where: '"feedback_packet_id" IS NULL' })
export class CaseReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'packet_id', type: 'uuid' })
  packetId: string;

  @ManyToOne(() => Packet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'packet_id' })
  packet?: Packet;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'subject_name', type: 'varchar', length: 120 })
  subjectName: string;

  @Column({ type: 'varchar', length: 300 })
  topic: string;

  @Column({ type: 'smallint', nullable: true })
  mark: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @Column({ type: 'text' })
  comment: string;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: Staff;

  /** The packet that carried this comment back to the pupil; null until one is made. */
  @Column({ name: 'feedback_packet_id', type: 'uuid', nullable: true })
  feedbackPacketId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
