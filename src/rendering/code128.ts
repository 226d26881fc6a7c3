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

/**
 * Bars are laid on a 1200 dpi grid (1/1200 inch = 0.06 pt), the grid of office lasers, so
 * every bar and space prints as a whole number of dots instead of being rounded differently bar
 * by bar (a 600 dpi printer moves an edge by half a dot at most, the same way on every bar);
 * each bar is drawn one dot narrower than its modules (bar-width reduction), since toner and
 * ink spread and make bars print fatter than drawn.
 */
const DOT = 72 / 1200;

export interface BarcodeSize {
  /** Dots of 1/1200 inch per module. */
  moduleDots: number;
  height: number;
  quietZoneModules: number;
}

/**
 * 24 dots = 0.508 mm modules, 3 pixels in a 150 dpi scan: the least at which zbar reads every
 * code turned 2 degrees, blurred 1.3 px, faded and cut to 1 bit anywhere between 50 and 75 %
 * (`npm run bench:print-quality`). At 23 dots a narrow bar vanishes at 50 % or a narrow space
 * closes at 75 % on one code position in five.
 */
export const SCAN_MODULE_DOTS = 24;
const BAR_WIDTH_REDUCTION_DOTS = 1;

const snap = (points: number): number => Math.round(points / DOT) * DOT;

export function barcodeWidth(pattern: Code128Pattern, size: BarcodeSize): number {
  return (pattern.modules + 2 * size.quietZoneModules) * size.moduleDots * DOT;
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
  size: BarcodeSize,
  fontSize: number,
): number {
  drawCode128Bars(doc, pattern, x, y, size);
  doc
    .font(REGULAR)
    .fontSize(fontSize)
    .text(spacedCode(pattern.text), snap(x), y + size.height + 2, {
      width: barcodeWidth(pattern, size),
      align: 'center',
      lineBreak: false,
    });
  return size.height + 2 + fontSize * 1.3;
}

/** The bars alone, from `x` (where the quiet zone starts), as one filled path. */
export function drawCode128Bars(
  doc: PDFKit.PDFDocument,
  pattern: Code128Pattern,
  x: number,
  y: number,
  size: BarcodeSize,
): void {
  let dots = snap(x) / DOT + size.quietZoneModules * size.moduleDots;
  pattern.widths.forEach((width, i) => {
    const barDots = width * size.moduleDots;
    if (i % 2 === 0)
      doc.rect(dots * DOT, y, (barDots - BAR_WIDTH_REDUCTION_DOTS) * DOT, size.height);
    dots += barDots;
  });
  // No colour operator: the page's default, pure DeviceGray black, so no press builds it of four inks.
  doc.fill();
}

/** RR 1234 5678 5 KZ: easier to read aloud and to type by hand when a label is damaged. */
export function spacedCode(code: string): string {
  return code.length === 13
    ? `${code.slice(0, 2)} ${code.slice(2, 6)} ${code.slice(6, 10)} ${code.slice(10, 11)} ${code.slice(11)}`
    : code;
}
