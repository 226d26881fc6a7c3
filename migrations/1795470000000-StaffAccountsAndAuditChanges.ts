import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffAccountsAndAuditChanges1795470000000 implements MigrationInterface {
  name = 'StaffAccountsAndAuditChanges1795470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Logins become case-insensitive by being stored in lower case (fails loudly on a clash).
    await queryRunner.query(`UPDATE "staff" SET "login" = lower("login")`);
    await queryRunner.query(`ALTER TABLE "staff" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "staff" ADD "session_version" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "audit_entries" ADD "changes" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP COLUMN "changes"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "session_version"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "active"`);
  }
}
