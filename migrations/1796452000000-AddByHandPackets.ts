import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUS_BEFORE = `'created', 'posted', 'arrived', 'delivered', 'return_received', 'collected', 'reviewed', 'undeliverable', 'lost'`;
const EVENT_BEFORE = `'posted', 'arrived', 'delivered', 'return_received', 'collected', 'reviewed', 'undeliverable', 'lost'`;

/**
 * Packets carried by hand: the journey's two by-hand steps (handed over to the family, work
 * taken back by the carrier), whether a packet goes by hand, and how many online pupils a
 * dispatch left out.
 */
export class AddByHandPackets1796452000000 implements MigrationInterface {
  name = 'AddByHandPackets1796452000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const type of ['packet_status', 'packet_event']) {
      await queryRunner.query(
        `ALTER TYPE "public"."${type}" ADD VALUE 'handed_over' AFTER 'delivered'`,
      );
      await queryRunner.query(
        `ALTER TYPE "public"."${type}" ADD VALUE 'taken_back' AFTER 'return_received'`,
      );
    }
    await queryRunner.query(`ALTER TABLE "packets" ADD "by_hand" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "dispatches" ADD "left_out_online" integer NOT NULL DEFAULT 0`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dispatches" DROP COLUMN "left_out_online"`);
    await queryRunner.query(`ALTER TABLE "packets" DROP COLUMN "by_hand"`);
    // The by-hand steps become their postal twins; their events go.
    await queryRunner.query(
      `DELETE FROM "packet_events" WHERE "event" IN ('handed_over', 'taken_back')`,
    );
    await queryRunner.query(
      `DELETE FROM "kazpost_disagreements" WHERE "event" IN ('handed_over', 'taken_back') OR "our_status" IN ('handed_over', 'taken_back')`,
    );
    await queryRunner.query(
      `UPDATE "packets" SET "status" = CASE "status" WHEN 'handed_over' THEN 'delivered'::packet_status ELSE 'return_received'::packet_status END WHERE "status" IN ('handed_over', 'taken_back')`,
    );
    await queryRunner.query(
      `DELETE FROM "packet_event_corrections" WHERE "status_before" IN ('handed_over', 'taken_back') OR "status_after" IN ('handed_over', 'taken_back')`,
    );
    await queryRunner.query(`ALTER TYPE "public"."packet_status" RENAME TO "packet_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."packet_status" AS ENUM(${STATUS_BEFORE})`);
    await queryRunner.query(`ALTER TABLE "packets" ALTER COLUMN "status" DROP DEFAULT`);
    for (const [table, column] of [
      ['packets', 'status'],
      ['packet_event_corrections', 'status_before'],
      ['packet_event_corrections', 'status_after'],
      ['kazpost_disagreements', 'our_status'],
    ])
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE "public"."packet_status" USING "${column}"::text::"public"."packet_status"`,
      );
    await queryRunner.query(`ALTER TABLE "packets" ALTER COLUMN "status" SET DEFAULT 'created'`);
    await queryRunner.query(`DROP TYPE "public"."packet_status_old"`);
    await queryRunner.query(`ALTER TYPE "public"."packet_event" RENAME TO "packet_event_old"`);
    await queryRunner.query(`CREATE TYPE "public"."packet_event" AS ENUM(${EVENT_BEFORE})`);
    for (const table of ['packet_events', 'kazpost_disagreements'])
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "event" TYPE "public"."packet_event" USING "event"::text::"public"."packet_event"`,
      );
    await queryRunner.query(`DROP TYPE "public"."packet_event_old"`);
  }
}
