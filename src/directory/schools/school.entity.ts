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
import { PostOffice } from '../post-offices/post-office.entity';

@Entity('schools')
export class School {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The name printed on covers, slips and manifests; required when `name` is long. */
  @Column({ name: 'short_name', type: 'varchar', length: 60, nullable: true })
  shortName: string | null;

  @Column({ type: 'varchar', length: 120 })
  region: string;

  @Column({ type: 'varchar', length: 120 })
  locality: string;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Index('idx_schools_post_office')
  @Column({ name: 'post_office_id', type: 'uuid' })
  postOfficeId: string;

  @ManyToOne(() => PostOffice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_office_id' })
  postOffice?: PostOffice;

  /** Set while the record is archived: hidden from lists and choices, kept for what refers to it. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
