import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Print runs rendered by workers: each try is numbered, so a slow try that another worker took
 * over stops writing; the language the run's pages are printed in.
 */
export class PrintRunAttempts1795520000000 implements MigrationInterface {
  name = 'PrintRunAttempts1795520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The table has never held a row: print runs were kept in memory until this release.
    await queryRunner.query(`DELETE FROM "print_jobs"`);
    await queryRunner.query(`ALTER TABLE "print_jobs" ADD "attempt" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "print_jobs" ADD "language" "public"."class_language" NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "print_jobs" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "print_jobs" DROP COLUMN "attempt"`);
  }
}
