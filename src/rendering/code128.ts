import bwipjs from 'bwip-js';
import { REGULAR } from './fonts';

/** Bar and space widths in modules, alternating from a bar, as bwip-js encodes Code 128. */
export interface Code128Pattern {
  text: string;
  widths: number[];
  modules: number;
}

export function encodeCode128(text: string): Code128Pattern {
  const [symbol] = bwipjs.raw('code128', text, {}) as Array<{ sbs: number[] }>;
  const widths = symbol.sbs;
  return { text, widths, modules: widths.reduce((sum, w) => sum + w, 0) };
}

const MM = 72 / 25.4;
/** 0.33 mm bars and 15 mm height: what DOMAIN.md recommends for counter scanners. */
export const BARCODE = { moduleWidth: 0.33 * MM, height: 15 * MM, quietZoneModules: 10 };

export function barcodeWidth(pattern: Code128Pattern, moduleWidth = BARCODE.moduleWidth): number {
  return (pattern.modules + 2 * BARCODE.quietZoneModules) * moduleWidth;
}

/**
 * Draws the bars as filled vector rectangles (crisp at any printer resolution, and far cheaper
 * than embedding a bitmap), with the human-readable code below. Returns the height used.
 */
export function drawCode128(
  doc: PDFKit.PDFDocument,
  pattern: Code128Pattern,
  x: number,
  y: number,
  options: { moduleWidth?: number; height?: number; fontSize?: number } = {},
): number {
  const moduleWidth = options.moduleWidth ?? BARCODE.moduleWidth;
  const height = options.height ?? BARCODE.height;
  const fontSize = options.fontSize ?? 11;
  let cursor = x + BARCODE.quietZoneModules * moduleWidth;
  pattern.widths.forEach((width, i) => {
    if (i % 2 === 0) doc.rect(cursor, y, width * moduleWidth, height);
    cursor += width * moduleWidth;
  });
  doc.fillColor('black').fill();
  const totalWidth = barcodeWidth(pattern, moduleWidth);
  doc
    .font(REGULAR)
    .fontSize(fontSize)
    .text(spaced(pattern.text), x, y + height + 2, {
      width: totalWidth,
      align: 'center',
      lineBreak: false,
    });
  return height + 2 + fontSize * 1.3;
}

/** RR 1234 5678 5 KZ: easier to read aloud and to type by hand when a label is damaged. */
function spaced(code: string): string {
  return code.length === 13
    ? `${code.slice(0, 2)} ${code.slice(2, 6)} ${code.slice(6, 10)} ${code.slice(10, 11)} ${code.slice(11)}`
    : code;
}
