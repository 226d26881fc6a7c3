import { MigrationInterface, QueryRunner } from 'typeorm';

/** A collection duty can be ended early, or handed to another teacher (a duty that follows it). */
export class AddDutyEndAndHandover1796440000000 implements MigrationInterface {
  name = 'AddDutyEndAndHandover1796440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "collection_duties" ADD "ended_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "collection_duties" ADD "ended_by" uuid`);
    await queryRunner.query(`ALTER TABLE "collection_duties" ADD "follows_duty_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "collection_duties" ADD CONSTRAINT "FK_69a8d9eecfc150fc842e69fcf37" FOREIGN KEY ("follows_duty_id") REFERENCES "collection_duties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "collection_duties" DROP CONSTRAINT "FK_69a8d9eecfc150fc842e69fcf37"`,
    );
    await queryRunner.query(`ALTER TABLE "collection_duties" DROP COLUMN "follows_duty_id"`);
    await queryRunner.query(`ALTER TABLE "collection_duties" DROP COLUMN "ended_by"`);
    await queryRunner.query(`ALTER TABLE "collection_duties" DROP COLUMN "ended_at"`);
  }
}
