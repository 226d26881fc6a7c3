import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Staff } from '@/auth/staff.entity';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { School } from '@/directory/schools/school.entity';
import { Subject } from '@/directory/subjects/subject.entity';

/**
 * Who teaches a subject in a class, as the academic deputy keeps it (seed 002: the deputy
 * "fixes with subject teachers" the dates): what the timetable expects in each class's packet
 * and from whom.
 */
@Entity('teaching_assignments')
@Unique('uq_teaching_assignments_class_subject', ['classId', 'subjectCode'])
@Index('idx_teaching_assignments_school', ['schoolId'])
@Index('idx_teaching_assignments_teacher', ['teacherId'])
export class TeachingAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: School;

  /** A class deleted (only while nothing else names it) takes its assignments with it. */
  @Column({ name: 'class_id', type: 'uuid' })
  classId: string;

  @ManyToOne(() => SchoolClass, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'class_id' })
  schoolClass?: SchoolClass;

  @Column({ name: 'subject_code', type: 'varchar', length: 40 })
  subjectCode: string;

  @ManyToOne(() => Subject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_code' })
  subject?: Subject;

  @Column({ name: 'teacher_id', type: 'uuid' })
  teacherId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_id' })
  teacher?: Staff;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
