/** Cyrillic letters people type for their Latin look-alikes in postcodes. */
const LOOK_ALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
};

const OLD_FORM = /^\d{6}$/;
const NEW_FORM = /^[A-Z]\d{2}[A-Z]\d[A-Z]\d$/;

/** Upper-cases, drops spaces and dashes, maps Cyrillic look-alikes; undefined when neither form fits. */
export function normalisePostcode(input: string): string | undefined {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[АВЕКМНОРСТХУ]/g, (letter) => LOOK_ALIKES[letter] ?? letter);
  return OLD_FORM.test(compact) || NEW_FORM.test(compact) ? compact : undefined;
}

/** The new 7-character form is printed as "A15 E3C5". */
export function formatPostcode(postcode: string): string {
  return NEW_FORM.test(postcode) ? `${postcode.slice(0, 3)} ${postcode.slice(3)}` : postcode;
}

export const POSTCODE_HINT = 'a 6-digit postcode (050010) or a 7-character one (A15E3C5)';
