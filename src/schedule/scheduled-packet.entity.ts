import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { School } from '@/directory/schools/school.entity';
import { Dispatch } from '@/dispatches/dispatch.entity';
import type { ScheduledPacketCase } from './scheduled-packet-case.entity';

/**
 * A date in the academic deputy's timetable (seed 002): a class's packet goes out on one day
 * and the work comes back on another. Teachers add cases to it; released, it becomes a dispatch.
 */
@Entity('scheduled_packets')
@Unique('uq_scheduled_packets_class_date', ['classId', 'goesOutOn'])
@Index('idx_scheduled_packets_school_date', ['schoolId', 'goesOutOn'])
export class ScheduledPacket {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: School;

  @Column({ name: 'class_id', type: 'uuid' })
  classId: string;

  @ManyToOne(() => SchoolClass, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'class_id' })
  schoolClass?: SchoolClass;

  @Column({ name: 'goes_out_on', type: 'date' })
  goesOutOn: string;

  @Column({ name: 'comes_back_on', type: 'date' })
  comesBackOn: string;

  /** The dispatch made when the packet was released for printing; null until then. */
  @Column({ name: 'dispatch_id', type: 'uuid', nullable: true })
  dispatchId: string | null;

  @ManyToOne(() => Dispatch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dispatch_id' })
  dispatch?: Dispatch;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany('ScheduledPacketCase', (c: ScheduledPacketCase) => c.scheduledPacket)
  cases?: ScheduledPacketCase[];
}
