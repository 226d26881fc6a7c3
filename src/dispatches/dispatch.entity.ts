import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { School } from '@/directory/schools/school.entity';

/** One print run: a class's packets made together from the same cases. */
@Entity('dispatches')
export class Dispatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('idx_dispatches_school')
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: School;

  @Index('idx_dispatches_class')
  @Column({ name: 'class_id', type: 'uuid' })
  classId: string;

  @ManyToOne(() => SchoolClass, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'class_id' })
  schoolClass?: SchoolClass;

  @Column({ name: 'case_ids', type: 'uuid', array: true })
  caseIds: string[];

  @Column({ name: 'return_due_on', type: 'date' })
  returnDueOn: string;

  @Column({ name: 'packet_count', type: 'integer' })
  packetCount: number;

  /** Pupils of the class who learn online: counted, sent no packet. */
  @Column({ name: 'left_out_online', type: 'integer', default: 0 })
  leftOutOnline: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
