import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/** How many records of each kind name a record; a kind with none is left out. */
export type ReferenceCounts = Record<string, number>;

/**
 * What still names a directory record, counted across the features' tables: a record is
 * deleted only while nothing does (the foreign keys back this up for the columns that have
 * them; packets and duties name offices without one).
 */
const QUERIES = {
  post_office: `SELECT
      (SELECT count(*) FROM schools WHERE post_office_id = $1)::int AS schools,
      (SELECT count(*) FROM staff WHERE post_office_id = $1)::int AS staff,
      (SELECT count(*) FROM students WHERE post_office_id = $1)::int AS pupils,
      (SELECT count(*) FROM packets WHERE origin_office_id = $1 OR destination_office_id = $1)::int AS packets,
      (SELECT count(*) FROM packet_events WHERE post_office_id = $1)::int AS scans,
      (SELECT count(*) FROM collection_duties WHERE $1 = ANY(post_office_ids))::int AS duties,
      (SELECT count(*) FROM collection_rounds WHERE post_office_id = $1)::int AS rounds`,
  school: `SELECT
      (SELECT count(*) FROM staff WHERE school_id = $1)::int AS staff,
      (SELECT count(*) FROM classes WHERE school_id = $1)::int AS classes,
      (SELECT count(*) FROM lesson_cases WHERE school_id = $1)::int AS cases,
      (SELECT count(*) FROM dispatches WHERE school_id = $1)::int AS dispatches,
      (SELECT count(*) FROM collection_duties WHERE school_id = $1)::int AS duties`,
  class: `SELECT
      (SELECT count(*) FROM students WHERE class_id = $1)::int AS pupils,
      (SELECT count(*) FROM dispatches WHERE class_id = $1)::int AS dispatches`,
  case: `SELECT
      (SELECT count(*) FROM dispatches WHERE case_ids @> ARRAY[$1::uuid])::int AS dispatches,
      (SELECT count(*) FROM case_reviews WHERE case_id = $1)::int AS reviews`,
} as const;

export type ReferencedKind = keyof typeof QUERIES;

@Injectable()
export class RecordReferencesRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async count(kind: ReferencedKind, id: string): Promise<ReferenceCounts> {
    const [row] = await this.db.tx.query<ReferenceCounts[]>(QUERIES[kind], [id]);
    return Object.fromEntries(Object.entries(row).filter(([, count]) => count > 0));
  }
}
