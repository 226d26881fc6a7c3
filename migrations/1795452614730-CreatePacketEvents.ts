import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePacketEvents1795452614730 implements MigrationInterface {
  name = 'CreatePacketEvents1795452614730';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."packet_event" AS ENUM('posted', 'arrived', 'delivered', 'return_received', 'collected', 'reviewed', 'undeliverable', 'lost')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."undeliverable_reason" AS ENUM('address_not_found', 'addressee_absent', 'refused', 'moved_away')`,
    );
    await queryRunner.query(
      `CREATE TABLE "packet_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "packet_id" uuid NOT NULL, "event" "public"."packet_event" NOT NULL, "reason" "public"."undeliverable_reason", "post_office_id" uuid, "actor_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" character varying(64), CONSTRAINT "PK_025ed45d79f307c44dd30452c6f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_packet_events_client" ON "packet_events" ("packet_id", "client_id") WHERE "client_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_packet_events_event_time" ON "packet_events" ("event", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_packet_events_packet_time" ON "packet_events" ("packet_id", "occurred_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" ADD CONSTRAINT "FK_965179573d35d5888a7ea729e03" FOREIGN KEY ("packet_id") REFERENCES "packets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" ADD CONSTRAINT "FK_2423b2e9c1ea3d4fe04bf89ef33" FOREIGN KEY ("post_office_id") REFERENCES "post_offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" ADD CONSTRAINT "FK_615d664fa7e896ff73a68032909" FOREIGN KEY ("actor_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "packet_events" DROP CONSTRAINT "FK_615d664fa7e896ff73a68032909"`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" DROP CONSTRAINT "FK_2423b2e9c1ea3d4fe04bf89ef33"`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" DROP CONSTRAINT "FK_965179573d35d5888a7ea729e03"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_packet_events_packet_time"`);
    await queryRunner.query(`DROP INDEX "public"."idx_packet_events_event_time"`);
    await queryRunner.query(`DROP INDEX "public"."uq_packet_events_client"`);
    await queryRunner.query(`DROP TABLE "packet_events"`);
    await queryRunner.query(`DROP TYPE "public"."undeliverable_reason"`);
    await queryRunner.query(`DROP TYPE "public"."packet_event"`);
  }
}
