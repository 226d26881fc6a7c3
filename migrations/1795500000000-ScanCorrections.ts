import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScanCorrections1795500000000 implements MigrationInterface {
  name = 'ScanCorrections1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "packet_event_corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "reason" character varying(300) NOT NULL, "actor_id" uuid NOT NULL, "status_before" "public"."packet_status" NOT NULL, "status_after" "public"."packet_status" NOT NULL, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_b168206c30598158de6ae46a75" UNIQUE ("event_id"), CONSTRAINT "PK_a340c40a3350b49ce1b32b0c789" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_event_corrections" ADD CONSTRAINT "FK_b168206c30598158de6ae46a75a" FOREIGN KEY ("event_id") REFERENCES "packet_events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_event_corrections" ADD CONSTRAINT "FK_2281329c1d219070b5b582e4b40" FOREIGN KEY ("actor_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "packet_event_corrections" DROP CONSTRAINT "FK_2281329c1d219070b5b582e4b40"`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_event_corrections" DROP CONSTRAINT "FK_b168206c30598158de6ae46a75a"`,
    );
    await queryRunner.query(`DROP TABLE "packet_event_corrections"`);
  }
}
