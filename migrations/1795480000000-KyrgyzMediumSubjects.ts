import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kyrgyz-medium classes study Kyrgyz language and literature as their own language, and
 * Kazakh as the second language the way Russian-medium classes do (grades 1-4 and 11 Kazakh
 * language, 5-10 Kazakh language and literature); they had been given the Kazakh-medium list.
 */
const SUBJECTS = [
  ['kyrgyz_language', 'Қырғыз тілі', 'Кыргызский язык', 'Кыргыз тили'],
  ['kyrgyz_literature', 'Қырғыз әдебиеті', 'Кыргызская литература', 'Кыргыз адабияты'],
];
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const KYRGYZ_OFFERINGS: [string, number[]][] = [
  ['kyrgyz_language', range(2, 11)],
  ['kyrgyz_literature', range(5, 11)],
  ['kazakh_language', [...range(1, 4), 11]],
  ['kazakh_literature', []],
  ['kazakh_language_literature', range(5, 10)],
];
const KAZAKH_MEDIUM_BEFORE: [string, number[]][] = [
  ['kazakh_language', range(2, 11)],
  ['kazakh_literature', range(5, 11)],
];

export class KyrgyzMediumSubjects1795480000000 implements MigrationInterface {
  name = 'KyrgyzMediumSubjects1795480000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, kk, ru, ky] of SUBJECTS)
      await queryRunner.query(
        `INSERT INTO "subjects" ("code", "name_kk", "name_ru", "name_ky", "assessment") VALUES ($1, $2, $3, $4, 'graded')`,
        [code, kk, ru, ky],
      );
    await setOfferings(queryRunner, KYRGYZ_OFFERINGS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await setOfferings(queryRunner, [
      ...KAZAKH_MEDIUM_BEFORE,
      ['kazakh_language_literature', []],
      ['kyrgyz_language', []],
      ['kyrgyz_literature', []],
    ]);
    await queryRunner.query(
      `DELETE FROM "subjects" WHERE "code" IN ('kyrgyz_language', 'kyrgyz_literature')`,
    );
  }
}

async function setOfferings(
  queryRunner: QueryRunner,
  offerings: [string, number[]][],
): Promise<void> {
  for (const [code, grades] of offerings) {
    await queryRunner.query(
      `DELETE FROM "subject_offerings" WHERE "subject_code" = $1 AND "language" = 'ky'`,
      [code],
    );
    for (const grade of grades)
      await queryRunner.query(
        `INSERT INTO "subject_offerings" ("subject_code", "grade", "language") VALUES ($1, $2, 'ky')`,
        [code, grade],
      );
  }
}
