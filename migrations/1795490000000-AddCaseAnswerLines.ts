import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCaseAnswerLines1795490000000 implements MigrationInterface {
  name = 'AddCaseAnswerLines1795490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lesson_cases" ADD "answer_lines" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lesson_cases" DROP COLUMN "answer_lines"`);
  }
}
