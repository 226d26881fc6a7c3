import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { School } from '@/directory/schools/school.entity';
import { Staff } from '@/auth/staff.entity';
import { ApiProperty } from '@nestjs/swagger';
import { DUTY_KINDS, DutyKind } from './duty-kind';

/**
 * A teacher appointed to collect returned work at post offices, or to carry by-hand packets to
 * the villages of those offices and take the work back, at least every 14 days.
 */
@Entity('collection_duties')
export class CollectionDuty {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('idx_collection_duties_school')
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: School;

  @Column({ name: 'teacher_id', type: 'uuid' })
  teacherId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_id' })
  teacher?: Staff;

  @ApiProperty({ enum: DUTY_KINDS, enumName: 'DutyKind' })
  @Column({ type: 'enum', enum: DUTY_KINDS, enumName: 'duty_kind', default: 'collect' })
  kind: DutyKind;

  @Column({ name: 'post_office_ids', type: 'uuid', array: true })
  postOfficeIds: string[];

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'max_interval_days', type: 'smallint', default: 14 })
  maxIntervalDays: number;

  @Column({ name: 'appointed_by', type: 'uuid' })
  appointedBy: string;

  /** Ended early by the deputy: from then on no rounds, and never overdue again. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  endedBy: string | null;

  /**
   * The duty this one took over (handed to another teacher): the offices' two-week clock runs
   * on from its last visits, so a handover does not restart the fortnight.
   */
  @Column({ name: 'follows_duty_id', type: 'uuid', nullable: true })
  followsDutyId: string | null;

  @ManyToOne(() => CollectionDuty, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'follows_duty_id' })
  followsDuty?: CollectionDuty;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
