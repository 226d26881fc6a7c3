import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions ended by signing out, refused until their tokens expire. */
export class AddEndedSessions1796432000000 implements MigrationInterface {
  name = 'AddEndedSessions1796432000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ended_sessions" ("jti" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ended_sessions" PRIMARY KEY ("jti"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_ended_sessions_expires" ON "ended_sessions" ("expires_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_ended_sessions_expires"`);
    await queryRunner.query(`DROP TABLE "ended_sessions"`);
  }
}
