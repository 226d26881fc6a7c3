import { MigrationInterface, QueryRunner } from 'typeorm';

/** The academic deputy's timetable of packets, and the cases teachers put into each. */
export class AddPacketSchedule1796453000000 implements MigrationInterface {
  name = 'AddPacketSchedule1796453000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "scheduled_packets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "class_id" uuid NOT NULL, "goes_out_on" date NOT NULL, "comes_back_on" date NOT NULL, "dispatch_id" uuid, "released_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_scheduled_packets_class_date" UNIQUE ("class_id", "goes_out_on"), CONSTRAINT "PK_bc5b72e3c0b07fbfc816fbe2185" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_scheduled_packets_school_date" ON "scheduled_packets" ("school_id", "goes_out_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "scheduled_packet_cases" ("scheduled_packet_id" uuid NOT NULL, "case_id" uuid NOT NULL, "added_by" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ecb6603ba200079e92a3160c5d0" PRIMARY KEY ("scheduled_packet_id", "case_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_packets" ADD CONSTRAINT "FK_23811cfa6fdd09f05ae9872d73f" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_packets" ADD CONSTRAINT "FK_29b7485bbb06369aff5652ff60a" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_packets" ADD CONSTRAINT "FK_190c511de5b544e8c2afc55a4e6" FOREIGN KEY ("dispatch_id") REFERENCES "dispatches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_packet_cases" ADD CONSTRAINT "FK_18435b81aedcbf89843edd96ad2" FOREIGN KEY ("scheduled_packet_id") REFERENCES "scheduled_packets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_packet_cases" ADD CONSTRAINT "FK_69185febc108f641ba3a6c6ef9b" FOREIGN KEY ("case_id") REFERENCES "lesson_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "scheduled_packet_cases" DROP CONSTRAINT "FK_69185febc108f641ba3a6c6ef9b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_packet_cases" DROP CONSTRAINT "FK_18435b81aedcbf89843edd96ad2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_packets" DROP CONSTRAINT "FK_190c511de5b544e8c2afc55a4e6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_packets" DROP CONSTRAINT "FK_29b7485bbb06369aff5652ff60a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_packets" DROP CONSTRAINT "FK_23811cfa6fdd09f05ae9872d73f"`,
    );
    await queryRunner.query(`DROP TABLE "scheduled_packet_cases"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scheduled_packets_school_date"`);
    await queryRunner.query(`DROP TABLE "scheduled_packets"`);
  }
}
