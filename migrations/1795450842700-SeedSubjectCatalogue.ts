import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The subject catalogue for grades 0-11 (12 where a school has it): the lists of seed 000 §9
 * (grades 1-11, Kazakh and Russian instruction) and the pass/fail subjects of seed 002.
 * Kyrgyz-medium classes follow the Kazakh-medium curriculum with their own language of instruction.
 * Grade 0 (pre-school class) is not listed in the seeds; it gets the pre-school areas of study.
 */
type Subject = [
  code: string,
  kk: string,
  ru: string,
  ky: string,
  assessment: 'graded' | 'pass_fail',
];

const SUBJECTS: Subject[] = [
  [
    'preschool_literacy',
    'Сауат ашу негіздері',
    'Основы грамоты',
    'Сабат ачуунун негиздери',
    'pass_fail',
  ],
  [
    'preschool_mathematics',
    'Математика негіздері',
    'Основы математики',
    'Математиканын негиздери',
    'pass_fail',
  ],
  [
    'preschool_world',
    'Қоршаған ортамен танысу',
    'Ознакомление с окружающим миром',
    'Айлана-чөйрө менен таанышуу',
    'pass_fail',
  ],
  ['literacy', 'Сауат ашу', 'Обучение грамоте', 'Сабат ачуу', 'graded'],
  ['kazakh_language', 'Қазақ тілі', 'Казахский язык', 'Казак тили', 'graded'],
  ['kazakh_literature', 'Қазақ әдебиеті', 'Казахская литература', 'Казак адабияты', 'graded'],
  [
    'kazakh_language_literature',
    'Қазақ тілі мен әдебиеті',
    'Казахский язык и литература',
    'Казак тили жана адабияты',
    'graded',
  ],
  ['russian_language', 'Орыс тілі', 'Русский язык', 'Орус тили', 'graded'],
  ['russian_literature', 'Орыс әдебиеті', 'Русская литература', 'Орус адабияты', 'graded'],
  [
    'russian_language_literature',
    'Орыс тілі мен әдебиеті',
    'Русский язык и литература',
    'Орус тили жана адабияты',
    'graded',
  ],
  ['english', 'Ағылшын тілі', 'Английский язык', 'Англис тили', 'graded'],
  ['mathematics', 'Математика', 'Математика', 'Математика', 'graded'],
  ['algebra', 'Алгебра', 'Алгебра', 'Алгебра', 'graded'],
  [
    'algebra_analysis',
    'Алгебра және анализ бастамалары',
    'Алгебра и начала анализа',
    'Алгебра жана анализдин башталышы',
    'graded',
  ],
  ['geometry', 'Геометрия', 'Геометрия', 'Геометрия', 'graded'],
  ['natural_science', 'Жаратылыстану', 'Естествознание', 'Табият таануу', 'graded'],
  ['world_cognition', 'Дүниетану', 'Познание мира', 'Дүйнө таануу', 'graded'],
  ['ict', 'АКТ', 'ИКТ', 'МКТ', 'graded'],
  ['informatics', 'Информатика', 'Информатика', 'Информатика', 'graded'],
  [
    'history_of_kazakhstan',
    'Қазақстан тарихы',
    'История Казахстана',
    'Казакстандын тарыхы',
    'graded',
  ],
  ['world_history', 'Дүниежүзі тарихы', 'Всемирная история', 'Дүйнөлүк тарых', 'graded'],
  ['geography', 'География', 'География', 'География', 'graded'],
  ['physics', 'Физика', 'Физика', 'Физика', 'graded'],
  ['chemistry', 'Химия', 'Химия', 'Химия', 'graded'],
  ['biology', 'Биология', 'Биология', 'Биология', 'graded'],
  ['self_knowledge', 'Өзін-өзі тану', 'Самопознание', 'Өзүн-өзү таануу', 'pass_fail'],
  ['physical_education', 'Дене шынықтыру', 'Физическая культура', 'Дене тарбия', 'pass_fail'],
  ['arts_and_crafts', 'Көркем еңбек', 'Художественный труд', 'Көркөм эмгек', 'pass_fail'],
  ['music', 'Музыка', 'Музыка', 'Музыка', 'pass_fail'],
  [
    'initial_military_training',
    'Алғашқы әскери және технологиялық дайындық',
    'Начальная военная и технологическая подготовка',
    'Алгачкы аскердик жана технологиялык даярдык',
    'pass_fail',
  ],
  [
    'entrepreneurship',
    'Кәсіпкерлік және бизнес негіздері',
    'Основы предпринимательства и бизнеса',
    'Ишкердик жана бизнестин негиздери',
    'pass_fail',
  ],
];

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** code -> grades, per language of instruction, as seed 000 §9 lists them. */
const KAZAKH_MEDIUM: Record<string, number[]> = {
  preschool_literacy: [0],
  preschool_mathematics: [0],
  preschool_world: [0],
  literacy: [1],
  kazakh_language: range(2, 11),
  kazakh_literature: range(5, 11),
  russian_language: [...range(1, 4), 11],
  russian_literature: [11],
  russian_language_literature: range(5, 10),
  english: range(1, 11),
  mathematics: range(1, 6),
  algebra: range(7, 9),
  algebra_analysis: range(10, 12),
  geometry: range(7, 12),
  natural_science: range(1, 6),
  world_cognition: range(1, 4),
  ict: range(3, 4),
  informatics: range(5, 12),
  history_of_kazakhstan: range(5, 12),
  world_history: range(5, 12),
  geography: range(7, 12),
  physics: range(7, 12),
  chemistry: range(7, 12),
  biology: range(7, 12),
  self_knowledge: range(0, 11),
  physical_education: range(0, 12),
  arts_and_crafts: range(1, 9),
  music: range(0, 6),
  initial_military_training: range(10, 12),
  entrepreneurship: range(10, 12),
};

const RUSSIAN_MEDIUM: Record<string, number[]> = {
  ...KAZAKH_MEDIUM,
  russian_language: range(2, 11),
  russian_literature: range(5, 11),
  russian_language_literature: [],
  kazakh_language: [...range(1, 4), 11],
  kazakh_literature: [11],
  kazakh_language_literature: range(5, 10),
};

const OFFERINGS: Record<'kk' | 'ru' | 'ky', Record<string, number[]>> = {
  kk: KAZAKH_MEDIUM,
  ru: RUSSIAN_MEDIUM,
  ky: KAZAKH_MEDIUM,
};

export class SeedSubjectCatalogue1795450842700 implements MigrationInterface {
  name = 'SeedSubjectCatalogue1795450842700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, kk, ru, ky, assessment] of SUBJECTS) {
      await queryRunner.query(
        `INSERT INTO "subjects" ("code", "name_kk", "name_ru", "name_ky", "assessment") VALUES ($1, $2, $3, $4, $5)`,
        [code, kk, ru, ky, assessment],
      );
    }
    for (const [language, byCode] of Object.entries(OFFERINGS)) {
      for (const [code, grades] of Object.entries(byCode)) {
        for (const grade of grades) {
          await queryRunner.query(
            `INSERT INTO "subject_offerings" ("subject_code", "grade", "language") VALUES ($1, $2, $3)`,
            [code, grade, language],
          );
        }
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "subject_offerings"`);
    await queryRunner.query(`DELETE FROM "subjects"`);
  }
}
