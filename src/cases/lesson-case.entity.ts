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
import { LANGUAGES, Language } from '@/directory/classes/class-language';
import { School } from '@/directory/schools/school.entity';
import { Subject } from '@/directory/subjects/subject.entity';
import { CaseImage } from './case-image.view';

/** One lesson on paper (seed 000 §4): what a teacher authors and a packet snapshots. */
@Entity('lesson_cases')
@Index('idx_lesson_cases_school_grade', ['schoolId', 'grade'])
export class LessonCase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: School;

  @Column({ type: 'smallint' })
  grade: number;

  @Column({ name: 'subject_code', type: 'varchar', length: 40 })
  subjectCode: string;

  @ManyToOne(() => Subject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_code' })
  subject?: Subject;

  @Column({ type: 'enum', enum: LANGUAGES, enumName: 'class_language' })
  language: Language;

  @Column({ type: 'varchar', length: 300 })
  topic: string;

  @Column({ name: 'textbook_title', type: 'varchar', length: 200 })
  textbookTitle: string;

  @Column({ name: 'textbook_pages', type: 'varchar', length: 50 })
  textbookPages: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'jsonb' })
  questions: string[];

  /** Lines to answer each question on, in the questions' order; null: by each one's length. */
  @Column({ name: 'answer_lines', type: 'jsonb', nullable: true })
  answerLines: number[] | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  materials: string[];

  /** Pictures printed after the materials, in this order (kept in the row: few, always read whole). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  images: CaseImage[];

  @Column({ type: 'text' })
  feedback: string;

  @Column({ name: 'estimated_minutes', type: 'smallint' })
  estimatedMinutes: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** Set while the record is archived: hidden from lists and choices, kept for what refers to it. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
