/**
 * The longest school name that prints whole on a cover's return line, a slip and a manifest
 * heading beside the office and its postcode. Official names are often 100-200 characters;
 * such a school gives a short name for paper.
 */
export const PAPER_NAME_MAX = 60;

/** The name a school prints on paper: its short name, or its full name when that is short. */
export const paperName = (school: { name: string; shortName?: string | null }): string =>
  school.shortName || school.name;

/** Whether a school so named must give a short name for paper. */
export const needsShortName = (name: unknown): boolean =>
  typeof name === 'string' && name.trim().length > PAPER_NAME_MAX;
