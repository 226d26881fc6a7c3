import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PostOffice } from '@/directory/post-offices/post-office.entity';
import { CollectionDuty } from './collection-duty.entity';

/** One visit of the collecting teacher to a post office, or of the carrier to its villages. */
@Entity('collection_rounds')
@Index('idx_collection_rounds_duty_time', ['dutyId', 'collectedAt'])
export class CollectionRound {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'duty_id', type: 'uuid' })
  dutyId: string;

  @ManyToOne(() => CollectionDuty, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'duty_id' })
  duty?: CollectionDuty;

  @Column({ name: 'post_office_id', type: 'uuid' })
  postOfficeId: string;

  @ManyToOne(() => PostOffice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_office_id' })
  postOffice?: PostOffice;

  @Column({ name: 'collected_at', type: 'timestamptz' })
  collectedAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'codes_taken', type: 'integer' })
  codesTaken: number;

  /** By-hand packets a carrier handed over to the families on this visit. */
  @Column({ name: 'codes_handed_over', type: 'integer', default: 0 })
  codesHandedOver: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
