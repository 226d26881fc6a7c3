/** The languages of the screens: Kazakh, Russian and, for Kyrgyz-medium classes, Kyrgyz. */
export const LANGUAGES = ['kk', 'ru', 'ky'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The language of a report's CSV headers (returns, marks) for a reader: the service writes
 * those in Kazakh or Russian only, so a Kyrgyz reader gets Russian.
 */
export function csvLanguage(language: Language): 'kk' | 'ru' {
  return language === 'ky' ? 'ru' : language;
}
