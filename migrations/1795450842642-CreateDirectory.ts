import { MigrationInterface, QueryRunner } from 'typeorm';

// class_language is shared by classes and subject_offerings: created once, dropped last.
export class CreateDirectory1795450842642 implements MigrationInterface {
  name = 'CreateDirectory1795450842642';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."subject_assessment" AS ENUM('graded', 'pass_fail')`,
    );
    await queryRunner.query(
      `CREATE TABLE "subjects" ("code" character varying(40) NOT NULL, "name_kk" character varying(120) NOT NULL, "name_ru" character varying(120) NOT NULL, "name_ky" character varying(120), "assessment" "public"."subject_assessment" NOT NULL, CONSTRAINT "PK_542cbba74dde3c82ab49c573109" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."class_language" AS ENUM('kk', 'ru', 'ky')`);
    await queryRunner.query(
      `CREATE TABLE "subject_offerings" ("subject_code" character varying(40) NOT NULL, "grade" smallint NOT NULL, "language" "public"."class_language" NOT NULL, CONSTRAINT "PK_649a6ea327047786320c39ce072" PRIMARY KEY ("subject_code", "grade", "language"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "post_offices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "postcode" character varying(7) NOT NULL, "name" character varying(200) NOT NULL, "address" character varying(300) NOT NULL, "locality" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_462d593b5575336748ab6da4cc9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_post_offices_postcode" ON "post_offices" ("postcode") `,
    );
    await queryRunner.query(
      `CREATE TABLE "schools" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "region" character varying(120) NOT NULL, "locality" character varying(120) NOT NULL, "address" character varying(300) NOT NULL, "post_office_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95b932e47ac129dd8e23a0db548" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_schools_post_office" ON "schools" ("post_office_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."staff_role" AS ENUM('admin', 'director', 'deputy_academic', 'deputy_upbringing', 'teacher', 'post_clerk')`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" character varying(200) NOT NULL, "role" "public"."staff_role" NOT NULL, "school_id" uuid, "post_office_id" uuid, "login" character varying(100) NOT NULL, "password_hash" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4ee98bb552756c180aec1e854a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_staff_school" ON "staff" ("school_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staff_login" ON "staff" ("login") `);
    await queryRunner.query(
      `CREATE TABLE "classes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "grade" smallint NOT NULL, "letter" character varying(4) NOT NULL, "language" "public"."class_language" NOT NULL, "class_teacher_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e207aa15404e9b2ce35910f9f7f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_classes_school_grade_letter" ON "classes" ("school_id", "grade", "letter") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."delivery_mode" AS ENUM('pickup', 'door')`);
    await queryRunner.query(
      `CREATE TABLE "students" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "class_id" uuid NOT NULL, "full_name" character varying(200) NOT NULL, "address" character varying(300) NOT NULL, "postcode" character varying(7) NOT NULL, "post_office_id" uuid NOT NULL, "delivery" "public"."delivery_mode" NOT NULL DEFAULT 'pickup', "guardian_name" character varying(200) NOT NULL, "guardian_phone" character varying(16) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d7f07271ad4ce999880713f05e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_students_post_office" ON "students" ("post_office_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_students_class_name" ON "students" ("class_id", "full_name") `,
    );
    await queryRunner.query(
      `ALTER TABLE "subject_offerings" ADD CONSTRAINT "FK_2fed8481c55799f872eb485a439" FOREIGN KEY ("subject_code") REFERENCES "subjects"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "schools" ADD CONSTRAINT "FK_053526649500a90efac891183a4" FOREIGN KEY ("post_office_id") REFERENCES "post_offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff" ADD CONSTRAINT "FK_351341ffb6055ef0907b18e28b9" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff" ADD CONSTRAINT "FK_c16ef06951630abd7a679d03c27" FOREIGN KEY ("post_office_id") REFERENCES "post_offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "classes" ADD CONSTRAINT "FK_398f3990f5da4a1efda173f576f" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "classes" ADD CONSTRAINT "FK_9c888a9cd3efc25a72a0be264b0" FOREIGN KEY ("class_teacher_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "students" ADD CONSTRAINT "FK_de6ad4ae6936dce474e2823984e" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "students" ADD CONSTRAINT "FK_3845bd74342901a4895b79e56a0" FOREIGN KEY ("post_office_id") REFERENCES "post_offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "students" DROP CONSTRAINT "FK_3845bd74342901a4895b79e56a0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "students" DROP CONSTRAINT "FK_de6ad4ae6936dce474e2823984e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "classes" DROP CONSTRAINT "FK_9c888a9cd3efc25a72a0be264b0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "classes" DROP CONSTRAINT "FK_398f3990f5da4a1efda173f576f"`,
    );
    await queryRunner.query(`ALTER TABLE "staff" DROP CONSTRAINT "FK_c16ef06951630abd7a679d03c27"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP CONSTRAINT "FK_351341ffb6055ef0907b18e28b9"`);
    await queryRunner.query(
      `ALTER TABLE "schools" DROP CONSTRAINT "FK_053526649500a90efac891183a4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subject_offerings" DROP CONSTRAINT "FK_2fed8481c55799f872eb485a439"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_students_class_name"`);
    await queryRunner.query(`DROP INDEX "public"."idx_students_post_office"`);
    await queryRunner.query(`DROP TABLE "students"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_mode"`);
    await queryRunner.query(`DROP INDEX "public"."uq_classes_school_grade_letter"`);
    await queryRunner.query(`DROP TABLE "classes"`);
    await queryRunner.query(`DROP INDEX "public"."uq_staff_login"`);
    await queryRunner.query(`DROP INDEX "public"."idx_staff_school"`);
    await queryRunner.query(`DROP TABLE "staff"`);
    await queryRunner.query(`DROP TYPE "public"."staff_role"`);
    await queryRunner.query(`DROP INDEX "public"."idx_schools_post_office"`);
    await queryRunner.query(`DROP TABLE "schools"`);
    await queryRunner.query(`DROP INDEX "public"."idx_post_offices_postcode"`);
    await queryRunner.query(`DROP TABLE "post_offices"`);
    await queryRunner.query(`DROP TABLE "subject_offerings"`);
    await queryRunner.query(`DROP TYPE "public"."class_language"`);
    await queryRunner.query(`DROP TABLE "subjects"`);
    await queryRunner.query(`DROP TYPE "public"."subject_assessment"`);
  }
}
