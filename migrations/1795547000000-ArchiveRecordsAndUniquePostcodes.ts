import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows name a post office, and the column that names it. */
const OFFICE_COLUMNS: [table: string, column: string][] = [
  ['schools', 'post_office_id'],
  ['staff', 'post_office_id'],
  ['students', 'post_office_id'],
  ['collection_rounds', 'post_office_id'],
  ['packet_events', 'post_office_id'],
  ['packets', 'origin_office_id'],
  ['packets', 'destination_office_id'],
];

/**
 * Offices, schools, classes and cases can be archived (hidden, restorable); an office's
 * postcode is unique. Offices registered twice under one postcode are one branch: the oldest
 * row stays, every record naming a younger twin is pointed at it, and the twins go.
 */
export class ArchiveRecordsAndUniquePostcodes1795547000000 implements MigrationInterface {
  name = 'ArchiveRecordsAndUniquePostcodes1795547000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TEMPORARY TABLE office_twins AS
      SELECT id AS twin_id, first_value(id) OVER (PARTITION BY postcode ORDER BY created_at, id) AS kept_id
      FROM post_offices`);
    await queryRunner.query(`DELETE FROM office_twins WHERE twin_id = kept_id`);
    for (const [table, column] of OFFICE_COLUMNS)
      await queryRunner.query(
        `UPDATE "${table}" t SET "${column}" = o.kept_id FROM office_twins o WHERE t."${column}" = o.twin_id`,
      );
    await queryRunner.query(`
      UPDATE collection_duties d
      SET post_office_ids = ARRAY(
        SELECT DISTINCT COALESCE(o.kept_id, x.id)
        FROM unnest(d.post_office_ids) AS x(id) LEFT JOIN office_twins o ON o.twin_id = x.id)
      WHERE d.post_office_ids && ARRAY(SELECT twin_id FROM office_twins)`);
    await queryRunner.query(
      `DELETE FROM post_offices WHERE id IN (SELECT twin_id FROM office_twins)`,
    );
    await queryRunner.query(`DROP TABLE office_twins`);
    await queryRunner.query(`DROP INDEX "public"."idx_post_offices_postcode"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_post_offices_postcode" ON "post_offices" ("postcode") `,
    );
    for (const table of ['post_offices', 'schools', 'classes', 'lesson_cases'])
      await queryRunner.query(`ALTER TABLE "${table}" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['post_offices', 'schools', 'classes', 'lesson_cases'])
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "archived_at"`);
    await queryRunner.query(`DROP INDEX "public"."uq_post_offices_postcode"`);
    await queryRunner.query(
      `CREATE INDEX "idx_post_offices_postcode" ON "post_offices" ("postcode") `,
    );
  }
}
