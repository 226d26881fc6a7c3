import { MigrationInterface, QueryRunner } from 'typeorm';

/** An audit row names the record it changed, as it was called then: the log reads without ids. */
export class AddAuditTargetName1796473000000 implements MigrationInterface {
  name = 'AddAuditTargetName1796473000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entries" ADD "target_name" character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP COLUMN "target_name"`);
  }
}
