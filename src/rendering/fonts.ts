import * as fontkit from 'fontkit';
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * DejaVu Sans covers every Kazakh and Kyrgyz letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І). Parsing a TTF costs
 * more than laying out a page, so each face is parsed once per process and shared.
 */
const FONT_DIR = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');

export const REGULAR = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';
/**
 * Noto Emoji (npm `@fontsource/noto-emoji`, SIL OFL), the monochrome one: a teacher's 👍 in a
 * lesson or a comment prints as a black-ink pictogram, not as "?".
 */
export const EMOJI = 'NotoEmoji';
const EMOJI_FILE = join(
  require.resolve('@fontsource/noto-emoji/package.json'),
  '..',
  'files',
  'noto-emoji-emoji-400-normal.woff',
);

let faces: Record<string, fontkit.Font> | undefined;

export function parsedFonts(): Record<string, fontkit.Font> {
  faces ??= {
    [REGULAR]: load(join(FONT_DIR, 'DejaVuSans.ttf')),
    [BOLD]: load(join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
    [EMOJI]: load(EMOJI_FILE),
  };
  return faces;
}

/** Answers of hasGlyph by code point: every character of every text is asked about. */
const textGlyphs = new Map<number, boolean>();

/** Whether the text faces can draw the character (bold and regular cover the same letters). */
export function hasGlyph(codePoint: number): boolean {
  let known = textGlyphs.get(codePoint);
  if (known === undefined) {
    const fonts = parsedFonts();
    known =
      fonts[REGULAR].hasGlyphForCodePoint(codePoint) && fonts[BOLD].hasGlyphForCodePoint(codePoint);
    textGlyphs.set(codePoint, known);
  }
  return known;
}

/** Whether the emoji face draws a character the text faces lack. */
export function isEmoji(codePoint: number): boolean {
  return !hasGlyph(codePoint) && parsedFonts()[EMOJI].hasGlyphForCodePoint(codePoint);
}

/** Lesson texts and comments print what either the text faces or the emoji face can draw. */
export const hasGlyphOrEmoji = (codePoint: number): boolean =>
  hasGlyph(codePoint) || isEmoji(codePoint);

/**
 * fontkit caches a glyph with the characters it was first looked up by; a glyph first reached
 * through kerning or subsetting is cached with none, and a later document sharing the font
 * would then write no text mapping for it (the PDF prints, but its text cannot be searched or
 * extracted). Looking every character up once, at load, caches each glyph with its character.
 * The ligatures (ﬁ, ﬀ, ﬃ…) are left out: shaping "Office" makes one, and it must be cached with
 * the letters it joins, or the text would read "Oﬃce" and a search for "Office" would miss it.
 */
function load(path: string): fontkit.Font {
  const font = fontkit.create(readFileSync(path)) as fontkit.Font;
  rememberOutlines(font);
  for (const codePoint of font.characterSet) {
    if (!isLigature(codePoint)) font.glyphForCodePoint(codePoint);
  }
  return font;
}

interface OutlinedGlyph {
  _decode(): unknown;
  outlineKept?: true;
}

/**
 * Every document's font subset decodes each glyph's whole outline again (only to find a
 * composite glyph's parts), about a seventh of a single packet's time. The faces are shared and
 * their outlines never change, so each glyph keeps what it decoded the first time.
 */
function rememberOutlines(font: fontkit.Font): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = getGlyph(id, codePoints) as unknown as OutlinedGlyph;
    if (!glyph.outlineKept) {
      const decode = glyph._decode.bind(glyph);
      let outline: unknown;
      let decoded = false;
      glyph._decode = () => {
        if (!decoded) [outline, decoded] = [decode(), true];
        return outline;
      };
      glyph.outlineKept = true;
    }
    return glyph as unknown as fontkit.Glyph;
  };
}

/** Unicode's Latin and Armenian ligatures (Alphabetic Presentation Forms). */
const isLigature = (codePoint: number): boolean => codePoint >= 0xfb00 && codePoint <= 0xfb17;

/**
 * Registers the parsed faces on a document; pdfkit accepts a fontkit font object. pdfkit
 * names a font subset after its resource id (F1, F2…), so every document it makes would have
 * subsets of the same name holding different glyphs, and a print shop merging two runs could
 * print one run's glyphs with the other's. Each document's faces get their own ids, hence
 * their own subset tags.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of [REGULAR, BOLD]) register(doc, name);
  doc.font(REGULAR);
}

/**
 * The emoji face, registered on the document the first time a text needs it: a document
 * without emoji embeds no emoji font.
 */
export function emojiFont(doc: PDFKit.PDFDocument): string {
  if (!fontsOf(doc)[EMOJI]) register(doc, EMOJI);
  return EMOJI;
}

function register(doc: PDFKit.PDFDocument, name: string): void {
  doc.registerFont(name, parsedFonts()[name] as unknown as string);
  doc.font(name);
  const font = fontsOf(doc)[name];
  font.id = `F${randomInt(100_000, 1_000_000)}`;
  // A word's shaping depends on the face alone, so documents share it: a single packet's
  // "what to do" and headings are not shaped afresh for every request.
  font.layoutCache = sharedLayouts(name);
}

const DOCUMENTS_PER_SHARED_CACHE = 300;
let layouts: Record<string, Record<string, unknown>> = {};
let documents = 0;

function sharedLayouts(name: string): Record<string, unknown> {
  if (name === REGULAR && ++documents % DOCUMENTS_PER_SHARED_CACHE === 0) layouts = {};
  return (layouts[name] ??= Object.create(null) as Record<string, unknown>);
}

interface DocumentFont {
  id: string;
  layoutCache?: Record<string, unknown>;
}

const fontsOf = (doc: PDFKit.PDFDocument): Record<string, DocumentFont> =>
  (doc as unknown as { _fontFamilies?: Record<string, DocumentFont> })._fontFamilies ?? {};

/**
 * pdfkit caches the shaping of every distinct word; over a long print run (or many single
 * packets) the names, codes and page numbers make that cache grow without end. Starting it
 * afresh every few hundred packets or documents keeps memory flat and almost all its speed.
 */
export function resetLayoutCaches(doc: PDFKit.PDFDocument): void {
  layouts = {};
  for (const [name, font] of Object.entries(fontsOf(doc))) font.layoutCache = sharedLayouts(name);
}
