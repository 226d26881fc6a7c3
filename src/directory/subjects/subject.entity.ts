import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ASSESSMENTS, Assessment } from './assessment';

@Entity('subjects')
export class Subject {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'name_kk', type: 'varchar', length: 120 })
  nameKk: string;

  @Column({ name: 'name_ru', type: 'varchar', length: 120 })
  nameRu: string;

  @Column({ name: 'name_ky', type: 'varchar', length: 120, nullable: true })
  nameKy: string | null;

  @Column({ type: 'enum', enum: ASSESSMENTS, enumName: 'subject_assessment' })
  assessment: Assessment;
}
