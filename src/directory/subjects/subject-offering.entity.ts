import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LANGUAGES, Language } from '../classes/class-language';
import { Subject } from './subject.entity';

/** Which subjects a grade studies in a language of instruction (seed 000 §9, seed 002). */
@Entity('subject_offerings')
export class SubjectOffering {
  @PrimaryColumn({ name: 'subject_code', type: 'varchar', length: 40 })
  subjectCode: string;

  @ManyToOne(() => Subject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subject_code' })
  subject?: Subject;

  @PrimaryColumn({ type: 'smallint' })
  grade: number;

  @PrimaryColumn({ type: 'enum', enum: LANGUAGES, enumName: 'class_language' })
  language: Language;
}
