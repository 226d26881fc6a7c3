import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditLog1795454258430 implements MigrationInterface {
  name = 'CreateAuditLog1795454258430';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid NOT NULL, "actor_role" character varying(20) NOT NULL, "school_id" uuid, "entity" character varying(30) NOT NULL, "action" character varying(10) NOT NULL, "route" character varying(120) NOT NULL, "target_id" character varying(64), CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entries_school_time" ON "audit_entries" ("school_id", "at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_audit_entries_school_time"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}
