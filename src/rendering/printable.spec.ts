import { MISSING_GLYPH, printable, printableDeep, WORD_JOINER } from './printable';

const everyGlyph = (): boolean => true;
const noEmoji = (codePoint: number): boolean => codePoint < 0x1f000;
const J = WORD_JOINER;

describe('printable', () => {
  it('keeps hyphenated names, suffix lists and ordinals from breaking at the hyphen', () => {
    expect(printable('Бұхар-Жырау ауданы', everyGlyph)).toBe(`Бұхар-${J}Жырау ауданы`);
    expect(printable('жалғаулар: -дің, -тың', everyGlyph)).toBe(`жалғаулар: -${J}дің, -${J}тың`);
    expect(printable('1-септік', everyGlyph)).toBe(`1-${J}септік`);
    expect(printable('a - b', everyGlyph)).toBe('a - b');
  });

  it('lets a web address break only at a slash', () => {
    expect(printable('https://bilimland.kz/kk/sabaq?id=5', everyGlyph)).toBe(
      `https:${J}//bilimland.${J}kz/kk/sabaq?${J}id=${J}5`,
    );
  });

  it('prints a question mark for a character the font lacks, and drops emoji selectors', () => {
    expect(printable('Жарайсың 🧮✔️', noEmoji)).toBe(`Жарайсың ${MISSING_GLYPH}✔`);
  });

  it('answers the same text again by the glyphs asked about, not by what it answered first', () => {
    // Every packet of a dispatch asks about the same lesson texts: the answers are remembered.
    expect(printable('Жарайсың 🧮', everyGlyph)).toBe('Жарайсың 🧮');
    expect(printable('Жарайсың 🧮', noEmoji)).toBe(`Жарайсың ${MISSING_GLYPH}`);
    expect(printable('Жарайсың 🧮', everyGlyph)).toBe('Жарайсың 🧮');
  });

  it('makes every string of a snapshot printable, keeping its shape', () => {
    expect(printableDeep({ a: ['x-y'], b: 3, c: null }, everyGlyph)).toEqual({
      a: [`x-${J}y`],
      b: 3,
      c: null,
    });
  });
});
