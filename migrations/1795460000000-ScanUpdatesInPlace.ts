import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A scan rewrites its packet's row. With no index on the columns a scan changes and room left
 * on each page, PostgreSQL updates the row in place (a HOT update) instead of adding an entry
 * to every one of the packets' indexes. Nothing searched packets by status.
 */
export class ScanUpdatesInPlace1795460000000 implements MigrationInterface {
  name = 'ScanUpdatesInPlace1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_packets_status"`);
    await queryRunner.query(`ALTER TABLE "packets" SET (fillfactor = 80)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "packets" RESET (fillfactor)`);
    await queryRunner.query(`CREATE INDEX "idx_packets_status" ON "packets" ("status") `);
  }
}
