import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { addDays, endOfLocalDay, localDate } from '@/common/dates';
import { fail } from '@/common/errors/domain-error';
import { PacketsRepository } from './packets.repository';
import { formatS10 } from './s10';
import { S10RangeView } from './s10-range.view';

/**
 * Hands out S10 codes from the allotted range inside the caller's transaction (the one its
 * TransactionHost carries). The counter
 * row is locked until that transaction ends, so concurrent dispatches never share a serial,
 * and a dispatch that fails rolls its serials back unused.
 */
@Injectable()
export class SerialAllocator {
  private readonly logger = new Logger(SerialAllocator.name);

  constructor(
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
    private readonly rows: PacketsRepository,
  ) {}

  /** `count` codes for packets of `schoolId`, within the school's daily quota. */
  async allocate(count: number, schoolId: string): Promise<string[]> {
    const { serviceIndicator, firstSerial, lastSerial } = this.settings.s10;
    const counter = await this.rows.lockSerialCounter(serviceIndicator, firstSerial, lastSerial);
    const left = counter.last_serial - counter.next_serial + 1;
    if (left < count) {
      throw fail(
        's10.range_exhausted',
        `The S10 range allotted by Kazpost is used up: ${Math.max(left, 0)} code(s) left, ${count} needed. Ask Kazpost for a new range and set S10_FIRST_SERIAL and S10_LAST_SERIAL.`,
      );
    }
    // The counter row is locked from here on: the school's count below cannot race.
    await this.assertQuota(count, schoolId);
    await this.rows.advanceSerialCounter(serviceIndicator, count);
    this.warnWhenLow(left, count);
    return Array.from({ length: count }, (_, i) =>
      formatS10(serviceIndicator, counter.next_serial + i),
    );
  }

  /** What is left of the allotted range, for the admin to ask Kazpost for more in time. */
  async range(): Promise<S10RangeView> {
    const { serviceIndicator, firstSerial, lastSerial, lowWarning } = this.settings.s10;
    const counted = await this.rows.nextSerial(serviceIndicator);
    const next = Math.max(counted ?? firstSerial, firstSerial);
    const left = Math.max(lastSerial - next + 1, 0);
    return { serviceIndicator, left, lowWarning, low: left < lowWarning };
  }

  /** One insider cannot use up the range: each school has a daily share (Almaty days). */
  private async assertQuota(count: number, schoolId: string): Promise<void> {
    const quota = this.settings.s10.dailyQuotaPerSchool;
    const today = localDate();
    const used = await this.rows.countMadeSince(schoolId, endOfLocalDay(addDays(today, -1)));
    if (used + count <= quota) return;
    const secondsToMidnight = Math.ceil((endOfLocalDay(today).getTime() - Date.now()) / 1000);
    throw fail(
      's10.daily_quota',
      `Your school has used ${used} of its ${quota} postal codes for today and this needs ${count}; the rest can be made tomorrow, or the admin can raise S10_DAILY_QUOTA_PER_SCHOOL.`,
      { quota, used, needed: count, retryAfterSeconds: Math.max(1, secondsToMidnight) },
    );
  }

  /** The admin must ask Kazpost for a new range in time: the log says so at every dispatch. */
  private warnWhenLow(left: number, count: number): void {
    const remaining = left - count;
    if (remaining < this.settings.s10.lowWarning)
      this.logger.warn(
        { s10Left: remaining },
        `Only ${remaining} S10 codes are left in the range Kazpost allotted: ask Kazpost for a new range (S10_FIRST_SERIAL, S10_LAST_SERIAL).`,
      );
  }
}
