import { MigrationInterface, QueryRunner } from 'typeorm';

/** A carrier's round also records the by-hand packets it handed over to the families. */
export class AddRoundHandOvers1796474000000 implements MigrationInterface {
  name = 'AddRoundHandOvers1796474000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "collection_rounds" ADD "codes_handed_over" integer NOT NULL DEFAULT '0'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collection_rounds" DROP COLUMN "codes_handed_over"`);
  }
}
