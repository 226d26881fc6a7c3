/**
 * UPU S10 item identifiers: 2 service letters, an 8-digit serial, a check digit and the
 * country code, e.g. RR123456785KZ (shared/DOMAIN.md, "Facts for identifiers").
 */
const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];
export const S10_PATTERN = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;

export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new Error(`An S10 serial has 8 digits, got "${serial}"`);
  const sum = [...serial].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

export function formatS10(serviceIndicator: string, serial: number, country = 'KZ'): string {
  const digits = String(serial).padStart(8, '0');
  return `${serviceIndicator}${digits}${s10CheckDigit(digits)}${country}`;
}

export type S10Check =
  { valid: true; code: string } | { valid: false; reason: 'format' | 'check_digit'; code: string };

/** Checks the shape and the check digit of an already normalised code. */
export function checkS10(code: string): S10Check {
  const match = S10_PATTERN.exec(code);
  if (!match) return { valid: false, reason: 'format', code };
  const [, , serial, check] = match;
  return s10CheckDigit(serial) === Number(check)
    ? { valid: true, code }
    : { valid: false, reason: 'check_digit', code };
}

/**
 * A USB scanner types key presses: on a counter PC left in the Russian layout the Latin
 * letters arrive as the Cyrillic letters on the same keys (R -> К, K -> Л, Z -> Я), and the
 * Kazakh layout puts letters on the digit row (2 -> Ә, 3 -> І, 4 -> Ң, 5 -> Ғ, 8 -> Ү, 9 -> Ұ,
 * 0 -> Қ, and - -> Ө on the row's end).
 */
const RUSSIAN_LAYOUT = 'ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ';
const LATIN_KEYS = 'QWERTYUIOPASDFGHJKLZXCVBNM';
const KAZAKH_DIGIT_ROW: Record<string, string> = {
  Ә: '2',
  І: '3',
  Ң: '4',
  Ғ: '5',
  Ү: '8',
  Ұ: '9',
  Қ: '0',
};

export function normaliseScannedCode(input: string): string {
  return [...input.toUpperCase().replace(/[\s\u200B-\u200D\uFEFF-]/g, '')]
    .map((char) => {
      const key = RUSSIAN_LAYOUT.indexOf(char);
      if (key >= 0) return LATIN_KEYS[key];
      return KAZAKH_DIGIT_ROW[char] ?? char;
    })
    .join('');
}
