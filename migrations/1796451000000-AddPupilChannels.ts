import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each pupil's channel (post to the office or the door, by hand, online) in place of the
 * postal delivery mode: pickup becomes post_pickup, door post_door. The reason of the last
 * change of channel is kept beside it.
 */
export class AddPupilChannels1796451000000 implements MigrationInterface {
  name = 'AddPupilChannels1796451000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."pupil_channel" AS ENUM('post_pickup', 'post_door', 'by_hand', 'online')`,
    );
    await queryRunner.query(
      `ALTER TABLE "students" ADD "channel" "public"."pupil_channel" NOT NULL DEFAULT 'post_pickup'`,
    );
    await queryRunner.query(
      `UPDATE "students" SET "channel" = 'post_door' WHERE "delivery" = 'door'`,
    );
    await queryRunner.query(`ALTER TABLE "students" ADD "channel_reason" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "students" DROP COLUMN "delivery"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_mode"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."delivery_mode" AS ENUM('pickup', 'door')`);
    await queryRunner.query(
      `ALTER TABLE "students" ADD "delivery" "public"."delivery_mode" NOT NULL DEFAULT 'pickup'`,
    );
    // By hand and online have no postal kind: they go back to the office, the old default.
    await queryRunner.query(
      `UPDATE "students" SET "delivery" = 'door' WHERE "channel" = 'post_door'`,
    );
    await queryRunner.query(`ALTER TABLE "students" DROP COLUMN "channel_reason"`);
    await queryRunner.query(`ALTER TABLE "students" DROP COLUMN "channel"`);
    await queryRunner.query(`DROP TYPE "public"."pupil_channel"`);
  }
}
