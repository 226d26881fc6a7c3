import { MigrationInterface, QueryRunner } from 'typeorm';

/** A case's pictures (id, caption, size), in order; their files are in the picture store. */
export class AddCaseImages1796460000000 implements MigrationInterface {
  name = 'AddCaseImages1796460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lesson_cases" ADD "images" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lesson_cases" DROP COLUMN "images"`);
  }
}
