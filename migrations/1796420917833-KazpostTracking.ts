import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kazpost's tracking: events read from it (no actor of ours, Kazpost's operation and office),
 * when each packet is next asked about, the disagreements shown on the packet, and one row for
 * how the link to Kazpost fares.
 */
export class KazpostTracking1796420917833 implements MigrationInterface {
  name = 'KazpostTracking1796420917833';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "kazpost_tracking" ("packet_id" uuid NOT NULL, "next_check_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_checked_at" TIMESTAMP WITH TIME ZONE, "failures" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_b2354903f13c599834f2e213c3c" PRIMARY KEY ("packet_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_kazpost_tracking_next_check" ON "kazpost_tracking" ("next_check_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "kazpost_link" ("id" integer NOT NULL, "last_reached_at" TIMESTAMP WITH TIME ZONE, "last_failure_at" TIMESTAMP WITH TIME ZONE, "last_failure" character varying(300), "consecutive_failures" integer NOT NULL DEFAULT '0', "paused_until" TIMESTAMP WITH TIME ZONE, "sweep_until" TIMESTAMP WITH TIME ZONE, "unknown_codes" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_83ed8e2283c32a82978f1c7ff2d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."kazpost_disagreement_kind" AS ENUM('other_office', 'conflicting_step')`,
    );
    await queryRunner.query(
      `CREATE TABLE "kazpost_disagreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "packet_id" uuid NOT NULL, "kind" "public"."kazpost_disagreement_kind" NOT NULL, "event" "public"."packet_event" NOT NULL, "operation" character varying(40) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "postcode" character varying(7), "office_name" character varying(200), "our_status" "public"."packet_status" NOT NULL, "found_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9696b77e3b55a0f12a30e0a8762" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_kazpost_disagreements_operation" ON "kazpost_disagreements" ("packet_id", "operation", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."packet_event_source" AS ENUM('staff', 'kazpost')`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" ADD "source" "public"."packet_event_source" NOT NULL DEFAULT 'staff'`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" ADD "kazpost_operation" character varying(40)`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" ADD "kazpost_postcode" character varying(7)`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" ADD "kazpost_office" character varying(200)`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" DROP CONSTRAINT "FK_615d664fa7e896ff73a68032909"`,
    );
    await queryRunner.query(`ALTER TABLE "packet_events" ALTER COLUMN "actor_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "packet_events" ADD CONSTRAINT "FK_615d664fa7e896ff73a68032909" FOREIGN KEY ("actor_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kazpost_tracking" ADD CONSTRAINT "FK_b2354903f13c599834f2e213c3c" FOREIGN KEY ("packet_id") REFERENCES "packets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kazpost_disagreements" ADD CONSTRAINT "FK_9d9fa28ef7c8258b191c3cd7cac" FOREIGN KEY ("packet_id") REFERENCES "packets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`INSERT INTO "kazpost_link" ("id") VALUES (1)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "kazpost_disagreements" DROP CONSTRAINT "FK_9d9fa28ef7c8258b191c3cd7cac"`,
    );
    await queryRunner.query(
      `ALTER TABLE "kazpost_tracking" DROP CONSTRAINT "FK_b2354903f13c599834f2e213c3c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_events" DROP CONSTRAINT "FK_615d664fa7e896ff73a68032909"`,
    );
    // Events read from Kazpost have no actor of ours: they cannot stay in the older schema.
    await queryRunner.query(`DELETE FROM "packet_events" WHERE "actor_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "packet_events" ALTER COLUMN "actor_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "packet_events" ADD CONSTRAINT "FK_615d664fa7e896ff73a68032909" FOREIGN KEY ("actor_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "packet_events" DROP COLUMN "kazpost_office"`);
    await queryRunner.query(`ALTER TABLE "packet_events" DROP COLUMN "kazpost_postcode"`);
    await queryRunner.query(`ALTER TABLE "packet_events" DROP COLUMN "kazpost_operation"`);
    await queryRunner.query(`ALTER TABLE "packet_events" DROP COLUMN "source"`);
    await queryRunner.query(`DROP TYPE "public"."packet_event_source"`);
    await queryRunner.query(`DROP INDEX "public"."uq_kazpost_disagreements_operation"`);
    await queryRunner.query(`DROP TABLE "kazpost_disagreements"`);
    await queryRunner.query(`DROP TYPE "public"."kazpost_disagreement_kind"`);
    await queryRunner.query(`DROP TABLE "kazpost_link"`);
    await queryRunner.query(`DROP INDEX "public"."idx_kazpost_tracking_next_check"`);
    await queryRunner.query(`DROP TABLE "kazpost_tracking"`);
  }
}
