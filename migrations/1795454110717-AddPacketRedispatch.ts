import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPacketRedispatch1795454110717 implements MigrationInterface {
  name = 'AddPacketRedispatch1795454110717';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "packets" ADD "replaces_packet_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_packets_replaces" ON "packets" ("replaces_packet_id") WHERE "replaces_packet_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_packets_replaces"`);
    await queryRunner.query(`ALTER TABLE "packets" DROP COLUMN "replaces_packet_id"`);
  }
}
