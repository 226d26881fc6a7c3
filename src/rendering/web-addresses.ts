/**
 * Web addresses in lesson texts break only after "/", "?", "&" or "=", or before ".", with a
 * continuation mark at the end of the line, so a reader typing the address knows it goes on;
 * an address whose pieces still do not fit is set smaller, never cut.
 */
export const CONTINUATION = '\u00a0↵';
const MIN_SIZE = 6;
/** An address, perhaps already holding printable.ts's word joiners ("https:\u2060//"). */
const URL = /(?:https?:\u2060?\/\/|www\.)\S+/iu;
/** Where an address may break: after / ? & = (not inside "//"), or before a dot. */
const BREAK_POINTS = /(?<=[?&=]\u2060)|(?<=[?&=])(?!\u2060)|(?<=\/)(?![/\u2060])|(?=\.)/u;

interface Atom {
  text: string;
  /** What joins it to the atom before: a space between words, nothing inside an address. */
  glue: ' ' | '';
}

export interface LaidText {
  text: string;
  size: number;
}

/** The text with its lines broken where an address allows, at the largest size that fits. */
export function layWebAddresses(
  doc: PDFKit.PDFDocument,
  text: string,
  fit: { font: string; size: number; width: number; indent?: number },
): LaidText {
  if (!URL.test(text)) return { text, size: fit.size };
  for (let size = fit.size; size >= MIN_SIZE; size -= 0.5) {
    const lines = breakLines(doc.font(fit.font).fontSize(size), text, fit, false);
    if (lines) return { text: lines.join('\n'), size };
  }
  const lines = breakLines(doc.font(fit.font).fontSize(MIN_SIZE), text, fit, true) as string[];
  return { text: lines.join('\n'), size: MIN_SIZE };
}

function atomsOf(paragraph: string): Atom[] {
  return paragraph
    .split(' ')
    .filter(Boolean)
    .flatMap((word) =>
      URL.test(word)
        ? word
            .split(BREAK_POINTS)
            .filter(Boolean)
            .map((piece, i): Atom => ({ text: piece, glue: i === 0 ? ' ' : '' }))
        : [{ text: word, glue: ' ' as const }],
    );
}

/** Greedy lines; undefined when a piece is wider than a line and `force` is not set. */
function breakLines(
  doc: PDFKit.PDFDocument,
  text: string,
  fit: { width: number; indent?: number },
  force: boolean,
): string[] | undefined {
  const room = fit.width - doc.widthOfString(CONTINUATION) - 1;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let first = lines.length === 0;
    for (const atom of atomsOf(paragraph)) {
      const width = room - (first ? (fit.indent ?? 0) : 0);
      const candidate = line ? `${line}${atom.glue}${atom.text}` : atom.text;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (!line) {
        if (!force) return undefined;
        line = candidate;
        continue;
      }
      lines.push(atom.glue === '' ? `${line}${CONTINUATION}` : line);
      first = false;
      line = atom.text;
      if (doc.widthOfString(line) > room && !force) return undefined;
    }
    lines.push(line);
  }
  return lines;
}
