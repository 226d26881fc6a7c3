import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff whose password somebody else knows are asked to change it at sign-in. The first admin
 * still signing in with the documented start-up password is one of them.
 */
export class AddPasswordChangeDue1795546000000 implements MigrationInterface {
  name = 'AddPasswordChangeDue1795546000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "staff" ADD "password_change_due" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "password_change_due"`);
  }
}
