import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '@/common/clock';
import { addDays, localDate } from '@/common/dates';
import { CollectionService } from '@/collection/collection.service';
import { JobQueue } from '@/jobs/job-queue';
import { NotificationsRepository } from './notifications.repository';
import { formatDate } from '@/rendering/texts';
import { initialsOf } from '@/packets/packet-brief';
import { DAILY_CHECKS_JOB } from './notification-jobs';
import { NotificationsSweep } from './notifications-sweep';

/**
 * The day's reminders and warnings, written to the outbox. Each message's key names its cause
 * (a packet and kind, a duty's missed date, a pupil's silent spell), so running the checks
 * twice a day, or on two workers at once, writes nothing twice.
 */
@Injectable()
export class DailyChecks implements OnModuleInit {
  private readonly logger = new Logger(DailyChecks.name);

  constructor(
    private readonly outbox: NotificationsRepository,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly collection: CollectionService,
    private readonly sweep: NotificationsSweep,
  ) {}

  onModuleInit(): void {
    this.queue.define({ name: DAILY_CHECKS_JOB, retryLimit: 3, handle: () => this.run() });
    // 08:30 in Almaty: the messages are ready when sending may start at 09:00.
    this.queue.every(DAILY_CHECKS_JOB, '30 8 * * *', { onStart: true });
  }

  /** Writes what today's checks find, then hands the messages to the workers. */
  async run(): Promise<number> {
    const today = localDate(this.clock.now());
    const written =
      (await this.returnsDueSoon(today)) +
      (await this.workOverdue(today)) +
      (await this.silentPupils(today)) +
      (await this.overdueDuties(today));
    this.logger.log(`Daily checks for ${today}: ${written} new message(s)`);
    await this.sweep.run();
    return written;
  }

  /** Packets the pupil holds, nothing handed in, due in the next three days. */
  private returnsDueSoon(today: string): Promise<number> {
    return this.outbox.writePacketReminders('return_due', today, addDays(today, 3));
  }

  /** Only packets due in the last week: a newly installed service does not message old ones. */
  private workOverdue(today: string): Promise<number> {
    return this.outbox.writePacketReminders('work_overdue', addDays(today, -7), addDays(today, -1));
  }

  private silentPupils(today: string): Promise<number> {
    return this.outbox.writeSilentPupils(today);
  }

  /** To the deputy who appointed the duty, once per missed due date. */
  private async overdueDuties(today: string): Promise<number> {
    const overdue = (await this.collection.standingsOn(today)).filter((duty) => duty.overdue);
    let written = 0;
    for (const duty of overdue) {
      const office = duty.offices.find((o) => o.overdue) ?? duty.offices[0];
      const wrote = await this.outbox.writeDutyOverdue({
        schoolId: duty.schoolId,
        dedupeKey: `duty:${duty.id}:overdue:${duty.nextDueOn}`,
        staffId: duty.appointedBy,
        params: {
          teacher: shortName(duty.teacherName),
          postcode: await this.postcodeOf(office?.postOfficeId),
          since: formatDate(
            duty.lastCollectedAt ? localDate(duty.lastCollectedAt) : duty.startsOn,
          ).slice(0, 5),
        },
      });
      if (wrote) written += 1;
    }
    return written;
  }

  private async postcodeOf(officeId: string | undefined): Promise<string> {
    if (!officeId) return '';
    return (await this.outbox.postcodeOf(officeId)) ?? '';
  }
}

/** "Ахметова Айгүл Серікқызы" -> "Ахметова А. С." */
function shortName(fullName: string): string {
  const [surname, ...rest] = fullName.split(/\s+/).filter(Boolean);
  return [surname, initialsOf(rest.join(' '))].filter(Boolean).join(' ');
}
