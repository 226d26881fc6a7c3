import { MigrationInterface, QueryRunner } from 'typeorm';

/** A school's short name for paper (covers, slips, manifests), where its full name is long. */
export class AddSchoolShortName1795548000000 implements MigrationInterface {
  name = 'AddSchoolShortName1795548000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schools" ADD "short_name" character varying(60)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "short_name"`);
  }
}
