import { REGULAR } from './fonts';
import { fill } from './texts';

/** Points per millimetre. */
export const MM = 72 / 25.4;

/**
 * A4 in points, with margins that leave room for the running header and footer. Packets
 * print duplex and may be stapled or filed on either edge, so both sides keep the 25 mm a
 * binding needs: the binding side of every sheet, front or back, has it.
 */
const BINDING = 25 * MM;
export const PAGE = {
  size: 'A4' as const,
  width: 595.28,
  height: 841.89,
  margins: { top: 62, bottom: 62, left: BINDING, right: BINDING },
};

export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;
export const BOTTOM = PAGE.height - PAGE.margins.bottom;

/** Starts a new page when fewer than `needed` points remain. */
export function ensureSpace(doc: PDFKit.PDFDocument, needed: number): void {
  if (doc.y + needed > BOTTOM) doc.addPage();
}

/** Text outside the margins (header, footer) must not trigger pdfkit's automatic page break. */
export function outsideMargins(doc: PDFKit.PDFDocument, draw: () => void): void {
  const { margins } = doc.page;
  const saved = { top: margins.top, bottom: margins.bottom };
  margins.top = 0;
  margins.bottom = 0;
  draw();
  margins.top = saved.top;
  margins.bottom = saved.bottom;
}

export function heading(
  doc: PDFKit.PDFDocument,
  text: string,
  bold: string,
  regular: string,
  following?: string,
  keep?: number,
): void {
  const size = 12;
  // A heading is never left alone at the foot of a page: it keeps two lines of what follows,
  // or all of it when that is shorter, so a short closing block stays where it fits.
  const headingHeight = doc
    .font(bold)
    .fontSize(size)
    .heightOfString(text, { width: CONTENT_WIDTH });
  doc.font(regular).fontSize(11);
  const twoLines = 2 * doc.currentLineHeight(true);
  // `keep`: what must follow it on the page (the first question with its answer lines).
  const kept =
    keep ??
    (following === undefined
      ? twoLines
      : Math.min(twoLines, doc.heightOfString(following, { width: CONTENT_WIDTH })));
  ensureSpace(doc, headingHeight + kept + 0.9 * size);
  doc
    .moveDown(0.6)
    .font(bold)
    .fontSize(size)
    .text(text, { width: CONTENT_WIDTH })
    .font(regular)
    .fontSize(11)
    .moveDown(0.3);
}

/** "Page N of M" at the foot of every page from `firstPage` on (a buffered document). */
export function drawPageNumbers(
  doc: PDFKit.PDFDocument,
  texts: { pageOf: string },
  firstPage: number,
): void {
  const { start, count } = doc.bufferedPageRange();
  const total = start + count - firstPage;
  for (let i = 0; i < total; i++) {
    doc.switchToPage(firstPage + i);
    outsideMargins(doc, () => {
      doc
        .font(REGULAR)
        .fontSize(8.5)
        .text(fill(texts.pageOf, { page: i + 1, total }), PAGE.margins.left, PAGE.height - 40, {
          width: CONTENT_WIDTH,
          align: 'center',
          lineBreak: false,
        });
    });
  }
}
