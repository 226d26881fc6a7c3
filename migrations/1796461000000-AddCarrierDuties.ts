import { MigrationInterface, QueryRunner } from 'typeorm';

/** A duty is to collect at the post office, or to carry by-hand packets and take the work back. */
export class AddCarrierDuties1796461000000 implements MigrationInterface {
  name = 'AddCarrierDuties1796461000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."duty_kind" AS ENUM('collect', 'carry')`);
    await queryRunner.query(
      `ALTER TABLE "collection_duties" ADD "kind" "public"."duty_kind" NOT NULL DEFAULT 'collect'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collection_duties" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP TYPE "public"."duty_kind"`);
  }
}
