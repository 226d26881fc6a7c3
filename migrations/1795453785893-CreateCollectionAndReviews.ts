import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCollectionAndReviews1795453785893 implements MigrationInterface {
  name = 'CreateCollectionAndReviews1795453785893';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "packet_id" uuid NOT NULL, "student_id" uuid NOT NULL, "case_id" uuid NOT NULL, "subject_name" character varying(120) NOT NULL, "topic" character varying(300) NOT NULL, "mark" smallint, "passed" boolean, "comment" text NOT NULL, "reviewer_id" uuid NOT NULL, "feedback_packet_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1462dd6629aa8d416f484ee39ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_reviews_pending" ON "case_reviews" ("student_id") WHERE "feedback_packet_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_case_reviews_packet_case" ON "case_reviews" ("packet_id", "case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "collection_duties" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "teacher_id" uuid NOT NULL, "post_office_ids" uuid array NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "max_interval_days" smallint NOT NULL DEFAULT '14', "appointed_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3ba57fb04ec70a5b823ebf6836" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_collection_duties_school" ON "collection_duties" ("school_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "collection_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "duty_id" uuid NOT NULL, "post_office_id" uuid NOT NULL, "collected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" uuid NOT NULL, "codes_taken" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ff2b89fbb49ba5fd66c2e7d80d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_collection_rounds_duty_time" ON "collection_rounds" ("duty_id", "collected_at") `,
    );
    await queryRunner.query(`ALTER TABLE "packets" ADD "extension_reason" character varying(300)`);
    // Packets made before this migration get their subjects from their snapshot.
    await queryRunner.query(`ALTER TABLE "packets" ADD "subject_codes" character varying array`);
    await queryRunner.query(
      `UPDATE "packets" SET "subject_codes" = ARRAY(SELECT DISTINCT c->>'subjectCode' FROM jsonb_array_elements("snapshot"->'cases') c)`,
    );
    await queryRunner.query(`ALTER TABLE "packets" ALTER COLUMN "subject_codes" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "case_reviews" ADD CONSTRAINT "FK_313fdc0ecf05a15bfd9d77c54b8" FOREIGN KEY ("packet_id") REFERENCES "packets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_reviews" ADD CONSTRAINT "FK_ec828f6c0c5dd7c146769a1bafe" FOREIGN KEY ("reviewer_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collection_duties" ADD CONSTRAINT "FK_fe8d3bdd5f7e33e34399a47b032" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collection_duties" ADD CONSTRAINT "FK_7bcfce85645085eb99ce8b456af" FOREIGN KEY ("teacher_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collection_rounds" ADD CONSTRAINT "FK_daabc25f85c9077e13b30be35a3" FOREIGN KEY ("duty_id") REFERENCES "collection_duties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collection_rounds" ADD CONSTRAINT "FK_46e05188b98c972a9899f7b9eb3" FOREIGN KEY ("post_office_id") REFERENCES "post_offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "collection_rounds" DROP CONSTRAINT "FK_46e05188b98c972a9899f7b9eb3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collection_rounds" DROP CONSTRAINT "FK_daabc25f85c9077e13b30be35a3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collection_duties" DROP CONSTRAINT "FK_7bcfce85645085eb99ce8b456af"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collection_duties" DROP CONSTRAINT "FK_fe8d3bdd5f7e33e34399a47b032"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_reviews" DROP CONSTRAINT "FK_ec828f6c0c5dd7c146769a1bafe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_reviews" DROP CONSTRAINT "FK_313fdc0ecf05a15bfd9d77c54b8"`,
    );
    await queryRunner.query(`ALTER TABLE "packets" DROP COLUMN "subject_codes"`);
    await queryRunner.query(`ALTER TABLE "packets" DROP COLUMN "extension_reason"`);
    await queryRunner.query(`DROP INDEX "public"."idx_collection_rounds_duty_time"`);
    await queryRunner.query(`DROP TABLE "collection_rounds"`);
    await queryRunner.query(`DROP INDEX "public"."idx_collection_duties_school"`);
    await queryRunner.query(`DROP TABLE "collection_duties"`);
    await queryRunner.query(`DROP INDEX "public"."uq_case_reviews_packet_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_reviews_pending"`);
    await queryRunner.query(`DROP TABLE "case_reviews"`);
  }
}
