import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LessonCase } from '@/cases/lesson-case.entity';
import { ScheduledPacket } from './scheduled-packet.entity';

/** A teacher's case put into a scheduled packet. */
@Entity('scheduled_packet_cases')
export class ScheduledPacketCase {
  @PrimaryColumn({ name: 'scheduled_packet_id', type: 'uuid' })
  scheduledPacketId: string;

  @ManyToOne(() => ScheduledPacket, (p) => p.cases, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scheduled_packet_id' })
  scheduledPacket?: ScheduledPacket;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => LessonCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  lessonCase?: LessonCase;

  @Column({ name: 'added_by', type: 'uuid' })
  addedBy: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
