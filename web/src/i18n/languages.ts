/** The languages of the screens: Kazakh, Russian and, for Kyrgyz-medium classes, Kyrgyz. */
export const LANGUAGES = ['kk', 'ru', 'ky'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
