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
import { School } from '../schools/school.entity';
import { Staff } from '@/auth/staff.entity';
import { LANGUAGES, Language } from './class-language';

@Entity('classes')
@Index('uq_classes_school_grade_letter', ['schoolId', 'grade', 'letter'], { unique: true })
export class SchoolClass {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: School;

  @Column({ type: 'smallint' })
  grade: number;

  @Column({ type: 'varchar', length: 4 })
  letter: string;

  @Column({ type: 'enum', enum: LANGUAGES, enumName: 'class_language' })
  language: Language;

  @Column({ name: 'class_teacher_id', type: 'uuid', nullable: true })
  classTeacherId: string | null;

  @ManyToOne(() => Staff, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'class_teacher_id' })
  classTeacher?: Staff;

  /** Set while the record is archived: hidden from lists and choices, kept for what refers to it. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
