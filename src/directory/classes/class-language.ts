export const LANGUAGES = ['kk', 'ru', 'ky'] as const;
export type Language = (typeof LANGUAGES)[number];
