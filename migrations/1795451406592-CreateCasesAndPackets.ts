import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCasesAndPackets1795451406592 implements MigrationInterface {
  name = 'CreateCasesAndPackets1795451406592';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "s10_counters" ("service_indicator" character(2) NOT NULL, "next_serial" integer NOT NULL, "last_serial" integer NOT NULL, CONSTRAINT "PK_d6ca9456a71bdfda4b2e326469d" PRIMARY KEY ("service_indicator"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dispatches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "class_id" uuid NOT NULL, "case_ids" uuid array NOT NULL, "return_due_on" date NOT NULL, "packet_count" integer NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4f5defc12b20b66acf58f5c8b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_dispatches_school" ON "dispatches" ("school_id") `);
    await queryRunner.query(`CREATE INDEX "idx_dispatches_class" ON "dispatches" ("class_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."packet_status" AS ENUM('created', 'posted', 'arrived', 'delivered', 'return_received', 'collected', 'reviewed', 'undeliverable', 'lost')`,
    );
    await queryRunner.query(
      `CREATE TABLE "packets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dispatch_id" uuid NOT NULL, "school_id" uuid NOT NULL, "class_id" uuid NOT NULL, "origin_office_id" uuid NOT NULL, "destination_office_id" uuid NOT NULL, "student_id" uuid NOT NULL, "list_no" integer NOT NULL, "code" character(13) NOT NULL, "status" "public"."packet_status" NOT NULL DEFAULT 'created', "return_due_on" date NOT NULL, "snapshot" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c7624712907ae99a6b2e57779e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_packets_school_status" ON "packets" ("school_id") `);
    await queryRunner.query(`CREATE INDEX "idx_packets_class" ON "packets" ("class_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_packets_destination_office" ON "packets" ("destination_office_id") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_packets_student" ON "packets" ("student_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_packets_code" ON "packets" ("code") `);
    await queryRunner.query(`CREATE INDEX "idx_packets_status" ON "packets" ("status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_packets_dispatch_list_no" ON "packets" ("dispatch_id", "list_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson_cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "grade" smallint NOT NULL, "subject_code" character varying(40) NOT NULL, "language" "public"."class_language" NOT NULL, "topic" character varying(300) NOT NULL, "textbook_title" character varying(200) NOT NULL, "textbook_pages" character varying(50) NOT NULL, "summary" text NOT NULL, "questions" jsonb NOT NULL, "materials" jsonb NOT NULL DEFAULT '[]', "feedback" text NOT NULL, "estimated_minutes" smallint NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f3f5b1350852c90d808284842a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lesson_cases_school_grade" ON "lesson_cases" ("school_id", "grade") `,
    );
    await queryRunner.query(
      `ALTER TABLE "dispatches" ADD CONSTRAINT "FK_bd3c91a733d5b3d8d6043085f31" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dispatches" ADD CONSTRAINT "FK_21e79196a06dcf36f747eef6426" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "packets" ADD CONSTRAINT "FK_b9d20f22ed269b589422ded900c" FOREIGN KEY ("dispatch_id") REFERENCES "dispatches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "packets" ADD CONSTRAINT "FK_ed44937169610e4bac933101135" FOREIGN KEY ("student_id") REFERENCES "students"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_cases" ADD CONSTRAINT "FK_8916ee9825fca655dd930305175" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_cases" ADD CONSTRAINT "FK_053613b489c88f71e3db7a0fc30" FOREIGN KEY ("subject_code") REFERENCES "subjects"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "lesson_cases" DROP CONSTRAINT "FK_053613b489c88f71e3db7a0fc30"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_cases" DROP CONSTRAINT "FK_8916ee9825fca655dd930305175"`,
    );
    await queryRunner.query(
      `ALTER TABLE "packets" DROP CONSTRAINT "FK_ed44937169610e4bac933101135"`,
    );
    await queryRunner.query(
      `ALTER TABLE "packets" DROP CONSTRAINT "FK_b9d20f22ed269b589422ded900c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dispatches" DROP CONSTRAINT "FK_21e79196a06dcf36f747eef6426"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dispatches" DROP CONSTRAINT "FK_bd3c91a733d5b3d8d6043085f31"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_lesson_cases_school_grade"`);
    await queryRunner.query(`DROP TABLE "lesson_cases"`);
    await queryRunner.query(`DROP INDEX "public"."uq_packets_dispatch_list_no"`);
    await queryRunner.query(`DROP INDEX "public"."idx_packets_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_packets_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_packets_student"`);
    await queryRunner.query(`DROP INDEX "public"."idx_packets_destination_office"`);
    await queryRunner.query(`DROP INDEX "public"."idx_packets_class"`);
    await queryRunner.query(`DROP INDEX "public"."idx_packets_school_status"`);
    await queryRunner.query(`DROP TABLE "packets"`);
    await queryRunner.query(`DROP TYPE "public"."packet_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dispatches_class"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dispatches_school"`);
    await queryRunner.query(`DROP TABLE "dispatches"`);
    await queryRunner.query(`DROP TABLE "s10_counters"`);
  }
}
