import {
  BarcodeSize,
  barcodeWidth,
  Code128Pattern,
  drawCode128,
  SCAN_MODULE_DOTS,
} from './code128';
import { drawFitted, FittedText } from './fit-text';
import { BOLD, REGULAR } from './fonts';
import { MM } from './page';

/**
 * The window of the envelope the README names: DIN 5008's address field (form B), 20 mm from
 * the left edge, 45 mm from the top, 85 x 45 mm. A DL window envelope shows it when the A4
 * sheet is folded in three, a C5 one when it is folded once. Everything a clerk reads or scans
 * without opening the envelope is drawn inside it: the return line, the delivery mode, the
 * addressee and, under them, the S10 code.
 */
export const WINDOW = { x: 20 * MM, y: 45 * MM, width: 85 * MM, height: 45 * MM };

/** Text keeps 5 mm from the window's left edge (the binding margin) and 2 mm from the right. */
const TEXT = { x: 25 * MM, width: 78 * MM, top: WINDOW.y + 1.2 * MM };

/**
 * The code in the window: 0.508 mm modules (code128.ts), 10 mm bars and 5-module (2.5 mm) quiet
 * zones, 84.3 mm in all, inside the 85 mm field. The standard's 10 modules would take 89.4 mm;
 * the DL and C5 windows are 90 mm, so a sheet centred in its envelope shows up to 2.5 mm more
 * white paper each side (a scanner reading through the window sees up to 5 mm, nearer 10
 * modules), but a sheet pushed to one side of the envelope shows only the 2.5 mm on that side.
 */
export const WINDOW_BARCODE: BarcodeSize = {
  moduleDots: SCAN_MODULE_DOTS,
  height: 10 * MM,
  quietZoneModules: 5,
};
const DIGITS_SIZE = 8;
const CODE_HEIGHT = WINDOW_BARCODE.height + 2 + DIGITS_SIZE * 1.3;
/** The code's top: its digits end 1.5 mm above the window's lower edge. */
const CODE_TOP = WINDOW.y + WINDOW.height - 1.5 * MM - CODE_HEIGHT;
const RETURN_LINE = { size: 6.5, minSize: 5.5, lines: 2 };

export interface WindowContent {
  /** The sender's return line: printed whole, shrinking first and taking more lines if needed. */
  returnLine: string;
  /** A postal note under it (the delivery mode); bold when the clerk must act on it. */
  note: { text: string; bold: boolean };
  /** The addressee's lines, top to bottom, each fitted to its share of what is left. */
  lines: Omit<FittedText, 'width'>[];
}

/**
 * Draws the window's content; returns, for each addressee line, whether it had to be cut (a
 * cut line is printed whole elsewhere on the page by the caller).
 */
export function drawWindow(
  doc: PDFKit.PDFDocument,
  content: WindowContent,
  barcode: Code128Pattern,
): boolean[] {
  let y = TEXT.top + drawReturnLine(doc, content.returnLine);
  doc
    .lineWidth(0.4)
    .moveTo(TEXT.x, y + 1)
    .lineTo(TEXT.x + TEXT.width, y + 1)
    .stroke();
  y += 2.5;
  y += drawFitted(doc, TEXT.x, y, {
    text: content.note.text,
    font: content.note.bold ? BOLD : REGULAR,
    size: 8,
    minSize: 6.5,
    width: TEXT.width,
    height: 10,
  }).height;
  y += 1.5;
  // Each line leaves the lines after it at least one line at their smallest size.
  const least = content.lines.map((line) => oneLineHeight(doc, line.font, line.minSize));
  const cut = content.lines.map((line, i) => {
    const after = least.slice(i + 1).reduce((sum, h) => sum + h, 0);
    const drawn = drawFitted(doc, TEXT.x, y, {
      ...line,
      width: TEXT.width,
      height: Math.max(least[i], Math.min(line.height, CODE_TOP - 1 - y - after)),
    });
    y += drawn.height;
    return drawn.cut;
  });
  drawWindowCode(doc, barcode);
  return cut;
}

function oneLineHeight(doc: PDFKit.PDFDocument, font: string, size: number): number {
  return doc.font(font).fontSize(size).currentLineHeight(true);
}

/** The return line whole: at the largest size that fits two lines, else on as many as it needs. */
function drawReturnLine(doc: PDFKit.PDFDocument, text: string): number {
  const fit = {
    text,
    font: REGULAR,
    size: RETURN_LINE.size,
    minSize: RETURN_LINE.minSize,
    width: TEXT.width,
  };
  doc.font(REGULAR).fontSize(RETURN_LINE.minSize);
  const whole = doc.heightOfString(text, { width: TEXT.width });
  const twoLines = RETURN_LINE.lines * doc.currentLineHeight(true);
  return drawFitted(doc, TEXT.x, TEXT.top, { ...fit, height: Math.max(whole, twoLines) }).height;
}

/** The S10 code at the window's foot, its quiet zones inside the window. */
function drawWindowCode(doc: PDFKit.PDFDocument, barcode: Code128Pattern): void {
  const width = barcodeWidth(barcode, WINDOW_BARCODE);
  const x = WINDOW.x + Math.max(0, (WINDOW.width - width) / 2);
  drawCode128(doc, barcode, x, CODE_TOP, WINDOW_BARCODE, DIGITS_SIZE);
}
