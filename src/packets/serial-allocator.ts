import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { fail } from '@/common/errors/domain-error';
import { formatS10 } from './s10';

/**
 * Hands out S10 codes from the allotted range inside the caller's transaction. The counter
 * row is locked until that transaction ends, so concurrent dispatches never share a serial,
 * and a dispatch that fails rolls its serials back unused.
 */
@Injectable()
export class SerialAllocator {
  constructor(@Inject(APP_SETTINGS) private readonly settings: AppSettings) {}

  async allocate(manager: EntityManager, count: number): Promise<string[]> {
    const { serviceIndicator, firstSerial, lastSerial } = this.settings.s10;
    // A newly allotted range (changed settings) moves the counter forward, never back.
    const [counter] = await manager.query<{ next_serial: number; last_serial: number }[]>(
      `INSERT INTO s10_counters (service_indicator, next_serial, last_serial) VALUES ($1, $2, $3)
       ON CONFLICT (service_indicator) DO UPDATE
         SET next_serial = GREATEST(s10_counters.next_serial, EXCLUDED.next_serial), last_serial = EXCLUDED.last_serial
       RETURNING next_serial, last_serial`,
      [serviceIndicator, firstSerial, lastSerial],
    );
    const left = counter.last_serial - counter.next_serial + 1;
    if (left < count) {
      throw fail(
        's10.range_exhausted',
        `The S10 range allotted by Kazpost is used up: ${Math.max(left, 0)} code(s) left, ${count} needed. Ask Kazpost for a new range and set S10_FIRST_SERIAL and S10_LAST_SERIAL.`,
      );
    }
    await manager.query(
      `UPDATE s10_counters SET next_serial = next_serial + $2 WHERE service_indicator = $1`,
      [serviceIndicator, count],
    );
    return Array.from({ length: count }, (_, i) =>
      formatS10(serviceIndicator, counter.next_serial + i),
    );
  }
}
