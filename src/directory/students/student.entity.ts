import {
  AfterLoad,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { SchoolClass } from '../classes/school-class.entity';
import { PostOffice } from '../post-offices/post-office.entity';
import { DELIVERY_MODES, DeliveryMode } from './delivery';
import { CHANNELS, deliveryOfChannel, PupilChannel } from './channel';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CANONICAL_PHONE, CANONICAL_POSTCODE } from '@/common/validation/canonical-forms';

@Entity('students')
@Index('idx_students_class_name', ['classId', 'fullName'])
export class Student {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'class_id', type: 'uuid' })
  classId: string;

  @ManyToOne(() => SchoolClass, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'class_id' })
  schoolClass?: SchoolClass;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  @ApiProperty({ pattern: CANONICAL_POSTCODE.source })
  @Column({ type: 'varchar', length: 7 })
  postcode: string;

  @Index('idx_students_post_office')
  @Column({ name: 'post_office_id', type: 'uuid' })
  postOfficeId: string;

  @ManyToOne(() => PostOffice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_office_id' })
  postOffice?: PostOffice;

  /** How the pupil's lessons reach them; changed only by the deputy for upbringing or the director. */
  @ApiProperty({ enum: CHANNELS, enumName: 'PupilChannel' })
  @Column({ type: 'enum', enum: CHANNELS, enumName: 'pupil_channel', default: 'post_pickup' })
  channel: PupilChannel;

  /** Why the channel was last changed. */
  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ name: 'channel_reason', type: 'varchar', length: 500, nullable: true })
  channelReason: string | null;

  /** The postal kind, for clients from before channels: door for post_door, else pickup. */
  @ApiProperty({ enum: DELIVERY_MODES })
  delivery: DeliveryMode;

  @Column({ name: 'guardian_name', type: 'varchar', length: 200 })
  guardianName: string;

  @ApiProperty({ pattern: CANONICAL_PHONE.source })
  @Column({ name: 'guardian_phone', type: 'varchar', length: 16 })
  guardianPhone: string;

  /** The guardian asked for no text messages. */
  @Column({ name: 'sms_opt_out', type: 'boolean', default: false })
  smsOptOut: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @AfterLoad()
  deriveDelivery(): void {
    this.delivery = deliveryOfChannel(this.channel);
  }
}
