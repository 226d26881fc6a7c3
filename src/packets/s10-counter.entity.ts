import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The serial range Kazpost allotted for one service indicator, and the next unused serial. */
@Entity('s10_counters')
export class S10Counter {
  @PrimaryColumn({ name: 'service_indicator', type: 'char', length: 2 })
  serviceIndicator: string;

  @Column({ name: 'next_serial', type: 'integer' })
  nextSerial: number;

  @Column({ name: 'last_serial', type: 'integer' })
  lastSerial: number;
}
