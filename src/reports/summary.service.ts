import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { localDate } from '@/common/dates';
import { AWAITING_WORK_STEPS } from '@/packets/journey';
import { SerialAllocator } from '@/packets/serial-allocator';
import { SummaryView } from './summary.view';

/** One query of counts for the home screen; a teacher's figures are narrowed to their own work. */
@Injectable()
export class SummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly serials: SerialAllocator,
  ) {}

  async summary(user: Principal): Promise<SummaryView> {
    const school = schoolScope(user) ?? null;
    const teacher = user.role === 'teacher' ? user.id : null;
    const [row] = await this.dataSource.query<SummaryView[]>(
      `WITH my_classes AS (
         SELECT id FROM classes
         WHERE ($1::uuid IS NULL OR school_id = $1) AND ($2::uuid IS NULL OR class_teacher_id = $2)
       ),
       my_dispatches AS (
         SELECT id, created_at FROM dispatches
         WHERE ($1::uuid IS NULL OR school_id = $1) AND ($2::uuid IS NULL OR created_by = $2)
       )
       SELECT
         (SELECT count(*) FROM my_classes)::int AS classes,
         (SELECT count(*) FROM students WHERE active AND class_id IN (SELECT id FROM my_classes))::int AS pupils,
         (SELECT count(*) FROM lesson_cases
            WHERE ($1::uuid IS NULL OR school_id = $1) AND ($2::uuid IS NULL OR created_by = $2))::int AS cases,
         (SELECT count(*) FROM my_dispatches WHERE created_at > now() - interval '7 days')::int AS "dispatchesThisWeek",
         (SELECT count(*) FROM packets
            WHERE status = 'collected' AND dispatch_id IN (SELECT id FROM my_dispatches))::int AS "awaitingReview",
         (SELECT count(*) FROM packets
            WHERE status = ANY($4::packet_status[]) AND return_due_on < $3::date
              AND dispatch_id IN (SELECT id FROM my_dispatches))::int AS overdue,
         (SELECT count(*) FROM post_offices)::int AS "postOffices",
         (SELECT count(*) FROM schools WHERE $1::uuid IS NULL OR id = $1)::int AS schools,
         (SELECT count(*) FROM staff WHERE active AND ($1::uuid IS NULL OR school_id = $1))::int AS staff`,
      // $4: still out with the pupil or the post, no work back yet.
      [school, teacher, localDate(), AWAITING_WORK_STEPS],
    );
    if (user.role !== 'admin') return row;
    return { ...row, s10: await this.serials.range() };
  }
}
