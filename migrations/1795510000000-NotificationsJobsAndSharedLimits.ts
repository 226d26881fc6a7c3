import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsJobsAndSharedLimits1795510000000 implements MigrationInterface {
  name = 'NotificationsJobsAndSharedLimits1795510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."print_job_status" AS ENUM('preparing', 'ready', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "print_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "status" "public"."print_job_status" NOT NULL, "dispatch_ids" uuid array NOT NULL, "done" integer NOT NULL DEFAULT '0', "total" integer NOT NULL, "file_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a581cb9acbf52d919f86445434e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_print_jobs_expires" ON "print_jobs" ("expires_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('packet_arrived', 'packet_on_way', 'return_due', 'work_overdue', 'duty_overdue', 'pupil_silent')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_status" AS ENUM('queued', 'held', 'sending', 'sent', 'delivered', 'failed', 'skipped')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "dedupe_key" character varying(200) NOT NULL, "packet_id" uuid, "student_id" uuid, "staff_id" uuid, "phone" character varying(16), "language" "public"."class_language" NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "body" text, "segments" smallint, "status" "public"."notification_status" NOT NULL DEFAULT 'queued', "status_reason" character varying(200), "not_before" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "provider_message_id" character varying(100), "submit_started_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_1ce34a3c9fd97cd56bcb734ca9e" UNIQUE ("dedupe_key"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notifications_packet" ON "notifications" ("packet_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notifications_student" ON "notifications" ("student_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notifications_provider_id" ON "notifications" ("provider_message_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notifications_due" ON "notifications" ("status", "not_before") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notifications_school_created" ON "notifications" ("school_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("id" BIGSERIAL NOT NULL, "key" character varying(300) NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_login_failures_key_time" ON "login_failures" ("key", "failed_at") `,
    );
    await queryRunner.query(`ALTER TABLE "staff" ADD "phone" character varying(16)`);
    await queryRunner.query(
      `ALTER TABLE "students" ADD "sms_opt_out" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "students" DROP COLUMN "sms_opt_out"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "phone"`);
    await queryRunner.query(`DROP INDEX "public"."idx_login_failures_key_time"`);
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_school_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_due"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_provider_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_student"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_packet"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_status"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP INDEX "public"."idx_print_jobs_expires"`);
    await queryRunner.query(`DROP TABLE "print_jobs"`);
    await queryRunner.query(`DROP TYPE "public"."print_job_status"`);
  }
}
