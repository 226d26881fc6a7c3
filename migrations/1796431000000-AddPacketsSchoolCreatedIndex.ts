import { MigrationInterface, QueryRunner } from 'typeorm';

/** A school's packets made today, for its daily quota of S10 codes. */
export class AddPacketsSchoolCreatedIndex1796431000000 implements MigrationInterface {
  name = 'AddPacketsSchoolCreatedIndex1796431000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_packets_school_created" ON "packets" ("school_id", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_packets_school_created"`);
  }
}
