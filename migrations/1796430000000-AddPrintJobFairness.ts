import { MigrationInterface, QueryRunner } from 'typeorm';

/** Print runs know their school and when their try began, so schools take turns. */
export class AddPrintJobFairness1796430000000 implements MigrationInterface {
  name = 'AddPrintJobFairness1796430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "print_jobs" ADD "school_id" uuid`);
    await queryRunner.query(`ALTER TABLE "print_jobs" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "idx_print_jobs_school_status" ON "print_jobs" ("school_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "print_jobs" ADD CONSTRAINT "FK_print_jobs_school" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "print_jobs" DROP CONSTRAINT "FK_print_jobs_school"`);
    await queryRunner.query(`DROP INDEX "public"."idx_print_jobs_school_status"`);
    await queryRunner.query(`ALTER TABLE "print_jobs" DROP COLUMN "started_at"`);
    await queryRunner.query(`ALTER TABLE "print_jobs" DROP COLUMN "school_id"`);
  }
}
