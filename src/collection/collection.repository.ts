import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { SCHOOL_TIME_ZONE } from '@/common/dates';

export interface DutyPeriod {
  schoolId: string;
  postOfficeIds: string[];
  startsOn: string;
  endsOn: string | null;
}

/** The collection feature's SQL: duties, rounds and the works they collect. */
@Injectable()
export class CollectionRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** One school's duties are changed under a lock, so two appointments cannot both pass. */
  async lockSchoolDuties(schoolId: string): Promise<void> {
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duty:${schoolId}`]);
  }

  /**
   * The first duty of the school covering one of these offices in the period, if any. A duty
   * ended early covers its days up to the one before it was ended, so the teacher it was handed
   * to may start that same day.
   */
  async overlappingDuty(period: DutyPeriod): Promise<string | undefined> {
    const [clash] = await this.db.tx.query<{ id: string }[]>(
      `SELECT id FROM collection_duties
        WHERE school_id = $1 AND post_office_ids && $2::uuid[]
          AND starts_on <= COALESCE($4::date, 'infinity'::date)
          AND LEAST(COALESCE(ends_on, 'infinity'::date),
                    COALESCE((ended_at AT TIME ZONE $5)::date - 1, 'infinity'::date)) >= $3::date
        LIMIT 1`,
      [period.schoolId, period.postOfficeIds, period.startsOn, period.endsOn, SCHOOL_TIME_ZONE],
    );
    return clash?.id;
  }
}
