import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPacketStepTimes1795454529533 implements MigrationInterface {
  name = 'AddPacketStepTimes1795454529533';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "packets" ADD "delivered_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "packets" ADD "returned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "packets" ADD "collected_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "packets" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "packets" ADD "ended_at" TIMESTAMP WITH TIME ZONE`);
    // Existing packets take their step times from the events already recorded.
    await queryRunner.query(`
      UPDATE "packets" p SET
        "delivered_at" = e.delivered, "returned_at" = e.returned, "collected_at" = e.collected,
        "reviewed_at" = e.reviewed, "ended_at" = e.ended
      FROM (
        SELECT packet_id,
          min(occurred_at) FILTER (WHERE event IN ('delivered', 'return_received', 'collected', 'reviewed')) AS delivered,
          min(occurred_at) FILTER (WHERE event IN ('return_received', 'collected', 'reviewed')) AS returned,
          min(occurred_at) FILTER (WHERE event IN ('collected', 'reviewed')) AS collected,
          min(occurred_at) FILTER (WHERE event = 'reviewed') AS reviewed,
          min(occurred_at) FILTER (WHERE event IN ('undeliverable', 'lost')) AS ended
        FROM "packet_events" GROUP BY packet_id
      ) e
      WHERE e.packet_id = p.id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "packets" DROP COLUMN "ended_at"`);
    await queryRunner.query(`ALTER TABLE "packets" DROP COLUMN "reviewed_at"`);
    await queryRunner.query(`ALTER TABLE "packets" DROP COLUMN "collected_at"`);
    await queryRunner.query(`ALTER TABLE "packets" DROP COLUMN "returned_at"`);
    await queryRunner.query(`ALTER TABLE "packets" DROP COLUMN "delivered_at"`);
  }
}
