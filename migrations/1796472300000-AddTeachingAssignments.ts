import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who teaches which subject in which class, kept by the academic deputy for the timetable. */
export class AddTeachingAssignments1796472300000 implements MigrationInterface {
  name = 'AddTeachingAssignments1796472300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "teaching_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "class_id" uuid NOT NULL, "subject_code" character varying(40) NOT NULL, "teacher_id" uuid NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_teaching_assignments_class_subject" UNIQUE ("class_id", "subject_code"), CONSTRAINT "PK_baf0d10098561a9840957b512e0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_teaching_assignments_teacher" ON "teaching_assignments" ("teacher_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_teaching_assignments_school" ON "teaching_assignments" ("school_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "teaching_assignments" ADD CONSTRAINT "FK_5d88d65d9552feb82d5f6e7fe0e" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teaching_assignments" ADD CONSTRAINT "FK_f706b6623dae17c566e8a579fc0" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teaching_assignments" ADD CONSTRAINT "FK_2ca127fd5a2559aa868c0eb3e29" FOREIGN KEY ("subject_code") REFERENCES "subjects"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teaching_assignments" ADD CONSTRAINT "FK_7eb84b6d68b1db6cc46b5fcea98" FOREIGN KEY ("teacher_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "teaching_assignments"`);
  }
}
