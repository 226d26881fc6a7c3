import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@/common/clock';
import { localDate } from '@/common/dates';
import { CollectionService } from '@/collection/collection.service';
import { JobQueue } from '@/jobs/job-queue';
import { formatDate } from '@/rendering/texts';
import { initialsOf } from '@/packets/packet-brief';
import { DAILY_CHECKS_JOB } from './notification-jobs';
import { ENDED_STEPS, SENT_NOT_BACK_STEPS } from '@/packets/journey';
import { NotificationsSweep } from './notifications-sweep';

/** The pupil holds the work and has handed nothing in ($2: the journey's steps sent and not back). */
const NOT_HANDED_IN = 'p.status = ANY($2::packet_status[])';

/**
 * The day's reminders and warnings, written to the outbox. Each message's key names its cause
 * (a packet and kind, a duty's missed date, a pupil's silent spell), so running the checks
 * twice a day, or on two workers at once, writes nothing twice.
 */
@Injectable()
export class DailyChecks implements OnModuleInit {
  private readonly logger = new Logger(DailyChecks.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

  private async returnsDueSoon(today: string): Promise<number> {
    return this.insertForPackets(
      'return_due',
      `${NOT_HANDED_IN} AND p.return_due_on BETWEEN $1::date AND $1::date + 3`,
      today,
    );
  }

  /** Only packets due in the last week: a newly installed service does not message old ones. */
  private async workOverdue(today: string): Promise<number> {
    return this.insertForPackets(
      'work_overdue',
      `${NOT_HANDED_IN} AND p.return_due_on < $1::date AND p.return_due_on >= $1::date - 7`,
      today,
    );
  }

  private async insertForPackets(kind: string, where: string, today: string): Promise<number> {
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO notifications (school_id, kind, dedupe_key, packet_id, student_id, language, params)
       SELECT p.school_id, '${kind}', 'packet:' || p.id || ':${kind}', p.id, p.student_id,
              (p.snapshot->>'language')::class_language,
              jsonb_build_object('pupil', p.snapshot->'student'->>'fullName',
                                 'due', to_char(p.return_due_on, 'DD.MM'))
         FROM packets p
         JOIN students s ON s.id = p.student_id AND s.active
        WHERE ${where}
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [today, SENT_NOT_BACK_STEPS],
    );
    return rows.length;
  }

  /** To the class teacher, once per silent spell (the spell starts at the last return). */
  private async silentPupils(today: string): Promise<number> {
    const rows = await this.dataSource.query<unknown[]>(
      `WITH pupils AS (
         SELECT p.student_id, max(p.returned_at) AS last_returned_at,
                min(p.return_due_on) FILTER (WHERE p.returned_at IS NULL) AS first_due_on
           FROM packets p
          WHERE p.status <> ALL($2::packet_status[])
          GROUP BY p.student_id
         -- Only a pupil who still owes work due by today: one who returned everything is not silent.
         HAVING bool_or(p.return_due_on <= $1::date AND p.returned_at IS NULL)
       )
       INSERT INTO notifications (school_id, kind, dedupe_key, student_id, staff_id, language, params)
       SELECT c.school_id, 'pupil_silent',
              'pupil:' || s.id || ':silent:' || COALESCE(to_char(pupils.last_returned_at, 'YYYY-MM-DD'), 'never'),
              s.id, c.class_teacher_id, c.language,
              jsonb_build_object('pupil', s.full_name, 'class', c.grade || ' ' || c.letter,
                                 'since', to_char(COALESCE(pupils.last_returned_at::date, pupils.first_due_on), 'DD.MM'))
         FROM pupils
         JOIN students s ON s.id = pupils.student_id AND s.active
         JOIN classes c ON c.id = s.class_id AND c.class_teacher_id IS NOT NULL
        WHERE COALESCE(pupils.last_returned_at::date, pupils.first_due_on) <= $1::date - 28
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [today, ENDED_STEPS],
    );
    return rows.length;
  }

  /** To the deputy who appointed the duty, once per missed due date. */
  private async overdueDuties(today: string): Promise<number> {
    const overdue = (await this.collection.standingsOn(today)).filter((duty) => duty.overdue);
    let written = 0;
    for (const duty of overdue) {
      const office = duty.offices.find((o) => o.overdue) ?? duty.offices[0];
      const rows = await this.dataSource.query<unknown[]>(
        `INSERT INTO notifications (school_id, kind, dedupe_key, staff_id, language, params)
         SELECT $1, 'duty_overdue', $2, $3, sc.language, $4
           FROM (SELECT COALESCE((SELECT language FROM classes WHERE school_id = $1
                                   GROUP BY language ORDER BY count(*) DESC LIMIT 1), 'kk') AS language) sc
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id`,
        [
          duty.schoolId,
          `duty:${duty.id}:overdue:${duty.nextDueOn}`,
          duty.appointedBy,
          {
            teacher: shortName(duty.teacherName),
            postcode: await this.postcodeOf(office?.postOfficeId),
            since: formatDate(
              duty.lastCollectedAt ? localDate(duty.lastCollectedAt) : duty.startsOn,
            ).slice(0, 5),
          },
        ],
      );
      written += rows.length;
    }
    return written;
  }

  private async postcodeOf(officeId: string | undefined): Promise<string> {
    if (!officeId) return '';
    const [office] = await this.dataSource.query<{ postcode: string }[]>(
      'SELECT postcode FROM post_offices WHERE id = $1',
      [officeId],
    );
    return office?.postcode ?? '';
  }
}

/** "Ахметова Айгүл Серікқызы" -> "Ахметова А. С." */
function shortName(fullName: string): string {
  const [surname, ...rest] = fullName.split(/\s+/).filter(Boolean);
  return [surname, initialsOf(rest.join(' '))].filter(Boolean).join(' ');
}
