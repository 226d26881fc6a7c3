import { MigrationInterface, QueryRunner } from 'typeorm';

/** The daily cap's count of a school's submits since midnight, without reading its history. */
export class AddNotificationCapIndex1795530000000 implements MigrationInterface {
  name = 'AddNotificationCapIndex1795530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_notifications_school_submitted" ON "notifications" ("school_id", "submit_started_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_school_submitted"`);
  }
}
