/** Joins what it stands between: no line may break there (U+2060 WORD JOINER). */
export const WORD_JOINER = '\u2060';
/** What prints in place of a character the font cannot draw (rather than an empty box). */
export const MISSING_GLYPH = '?';

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
/** A hyphen with a letter or digit on at least one side: Бұхар-Жырау, -дің, 1-септік. */
const WORD_HYPHEN = /(?<=[\p{L}\p{N}])-|-(?=[\p{L}\p{N}])/gu;
/** Inside a web address a line may break only after a slash. */
const URL_PUNCTUATION = /([.\-?=&_~%#:])/g;
/** Emoji presentation selectors and joiners have no shape of their own. */
const INVISIBLE_MODIFIERS = /[\uFE0E\uFE0F\u200D]/g;

/**
 * Text as it should print: no line breaks right after a hyphen inside or at the edge of a
 * word (so "Бұхар-Жырау", "-дің, -тың" and "1-септік" stay whole), web addresses broken only
 * at "/", and any character the font lacks (most emoji) replaced by a question mark instead
 * of printing as an empty box.
 */
export function printable(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let made = memos.get(hasGlyph);
  if (!made) memos.set(hasGlyph, (made = new Map<string, string>()));
  let result = made.get(text);
  if (result === undefined) {
    // Names and addresses are new in every packet: a full memo starts again, memory stays flat.
    if (made.size >= MEMO_SIZE) made.clear();
    made.set(text, (result = makePrintable(text, hasGlyph)));
  }
  return result;
}

/**
 * Every packet of a dispatch prints the same lesson texts, and the school's and offices' names:
 * each is made printable once, not once a packet.
 */
const memos = new WeakMap<(codePoint: number) => boolean, Map<string, string>>();
const MEMO_SIZE = 2000;

function makePrintable(text: string, hasGlyph: (codePoint: number) => boolean): string {
  const joined = text
    .replace(URL, (url) => url.replace(URL_PUNCTUATION, `$1${WORD_JOINER}`))
    .replace(WORD_HYPHEN, (hyphen, offset: number, whole: string) =>
      whole[offset + 1] === WORD_JOINER ? hyphen : `${hyphen}${WORD_JOINER}`,
    )
    .replace(INVISIBLE_MODIFIERS, '');
  return [...joined]
    .map((char) =>
      char === WORD_JOINER || isLayout(char) || hasGlyph(char.codePointAt(0)!)
        ? char
        : MISSING_GLYPH,
    )
    .join('');
}

const isLayout = (char: string): boolean => char === '\n' || char === '\t';

/** Every string of a value made printable, its shape kept (for a packet's snapshot). */
export function printableDeep<T>(value: T, hasGlyph: (codePoint: number) => boolean): T {
  if (typeof value === 'string') return printable(value, hasGlyph) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableDeep(item, hasGlyph)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, printableDeep(item, hasGlyph)]),
    ) as T;
  return value;
}

/**
 * The characters of a name or address the packet's font cannot print (emoji, pictographs,
 * their joiners), each once: such text is refused where it is typed, since a "?" inside the
 * envelope window would lose the letter.
 */
export function unprintableCharacters(
  text: string,
  hasGlyph: (codePoint: number) => boolean,
): string[] {
  const bad = [...text].filter(
    (char) =>
      INVISIBLE_MODIFIERS_ONE.test(char) || !(isLayout(char) || hasGlyph(char.codePointAt(0)!)),
  );
  return [...new Set(bad)];
}

const INVISIBLE_MODIFIERS_ONE = /^[\uFE0E\uFE0F\u200D]$/;
