import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('post_offices')
export class PostOffice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_post_offices_postcode', { unique: true })
  @Column({ type: 'varchar', length: 7 })
  postcode: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Column({ type: 'varchar', length: 120 })
  locality: string;

  /** Set while the record is archived: hidden from lists and choices, kept for what refers to it. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
