import { Language } from '@/directory/classes/class-language';
import { formatPostcode } from '@/directory/postcode';
import { barcodeWidth, drawCode128, encodeCode128, MANIFEST_BARCODE } from './code128';
import { officeLine } from './cover-layout';
import { oneLine } from './fit-text';
import { BOLD, REGULAR } from './fonts';
import { OfficeSnapshot } from './packet-snapshot';
import { BOTTOM, CONTENT_WIDTH, drawPageNumbers, PAGE } from './page';
import { fill, formatDate, Texts } from './texts';

export interface ManifestRow {
  no: number;
  code: string;
  recipient: string;
  address: string;
  postcode: string;
  office: string;
}

export interface ManifestData {
  title: string;
  language: Language;
  /** The sending school and its office, named in every page's heading. */
  school: { name: string; office: OfficeSnapshot };
  classLabel: string;
  /** The day the dispatch was made (YYYY-MM-DD). */
  madeOn: string;
  rows: ManifestRow[];
}

const LEFT = PAGE.margins.left;
const TEXT_SIZE = 8.5;
const PAD = 4;
/** Every S10 code encodes to the same width: the code column is made to hold it whole. */
const CODE_WIDTH = Math.ceil(barcodeWidth(encodeCode128('RR000000000KZ'), MANIFEST_BARCODE)) + 2;
const FIXED = { no: 16, recipient: 70, postcode: 50, office: 54 };
/** Column widths in points; the postcode has its own column so it is never cut. */
const WIDTHS = {
  no: FIXED.no,
  code: CODE_WIDTH,
  recipient: FIXED.recipient,
  address: CONTENT_WIDTH - CODE_WIDTH - FIXED.no - FIXED.recipient - FIXED.postcode - FIXED.office,
  postcode: FIXED.postcode,
  office: FIXED.office,
};
/** Where each column starts: the widths laid side by side from the left margin. */
const COLUMNS = (() => {
  const starts = {} as Record<keyof typeof WIDTHS, number>;
  let x = LEFT;
  for (const column of Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]) {
    starts[column] = x;
    x += WIDTHS[column];
  }
  return starts;
})();
const SIGNATURES_HEIGHT = 110;

/**
 * The list the clerk accepting the batch signs: one row and one scannable code per packet,
 * the sender in every page's heading, page numbers, and the totals and signatures together
 * on the last page. Rows grow with their text: nothing is cut.
 */
export function drawManifest(doc: PDFKit.PDFDocument, manifest: ManifestData, texts: Texts): void {
  const firstPage = doc.bufferedPageRange().count;
  startPage(doc, manifest, texts);
  for (const row of manifest.rows) {
    const height = rowHeight(doc, row);
    if (doc.y + height > BOTTOM) startPage(doc, manifest, texts);
    drawRow(doc, row, height);
  }
  if (doc.y + SIGNATURES_HEIGHT > BOTTOM) startPage(doc, manifest, texts);
  drawSignatures(doc, manifest, texts);
  drawPageNumbers(doc, texts, firstPage);
}

function startPage(doc: PDFKit.PDFDocument, manifest: ManifestData, texts: Texts): void {
  doc.addPage();
  doc
    .font(BOLD)
    .fontSize(14)
    .text(texts.manifestTitle, LEFT, PAGE.margins.top, { width: CONTENT_WIDTH });
  const sender = `${texts.sender}: ${manifest.school.name}, ${officeLine(manifest.school.office)}`;
  doc
    .font(REGULAR)
    .fontSize(9)
    .text(oneLine(doc, sender, CONTENT_WIDTH), { width: CONTENT_WIDTH, lineBreak: false })
    .text(`${texts.class} ${manifest.classLabel} · ${formatDate(manifest.madeOn)}`, {
      width: CONTENT_WIDTH,
    })
    .moveDown(0.5);
  drawHeaderRow(doc, texts);
}

function drawHeaderRow(doc: PDFKit.PDFDocument, texts: Texts): void {
  const y = doc.y;
  doc.font(BOLD).fontSize(TEXT_SIZE);
  const headers: Record<keyof typeof WIDTHS, string> = {
    no: texts.manifestNo,
    code: texts.manifestCode,
    recipient: texts.manifestRecipient,
    address: texts.manifestAddress,
    postcode: texts.manifestPostcode,
    office: texts.manifestOffice,
  };
  let bottom = y;
  for (const column of Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]) {
    doc.text(headers[column], COLUMNS[column], y, { width: WIDTHS[column] - PAD });
    bottom = Math.max(bottom, doc.y);
  }
  doc
    .lineWidth(1)
    .moveTo(LEFT, bottom + 2)
    .lineTo(LEFT + CONTENT_WIDTH, bottom + 2)
    .stroke();
  doc.font(REGULAR).fontSize(TEXT_SIZE);
  doc.y = bottom + 6;
}

const CODE_BLOCK = MANIFEST_BARCODE.height + 2 + 8 * 1.3;

function rowHeight(doc: PDFKit.PDFDocument, row: ManifestRow): number {
  doc.font(REGULAR).fontSize(TEXT_SIZE);
  const text = (value: string, column: keyof typeof WIDTHS) =>
    doc.heightOfString(value, { width: WIDTHS[column] - PAD });
  return (
    Math.max(
      CODE_BLOCK,
      text(row.recipient, 'recipient'),
      text(row.address, 'address'),
      text(row.office, 'office'),
    ) +
    2 * PAD
  );
}

function drawRow(doc: PDFKit.PDFDocument, row: ManifestRow, height: number): void {
  const y = doc.y;
  const pattern = encodeCode128(row.code);
  const codeX =
    COLUMNS.code + Math.max(0, (WIDTHS.code - barcodeWidth(pattern, MANIFEST_BARCODE)) / 2);
  doc.font(REGULAR).fontSize(TEXT_SIZE);
  doc.text(String(row.no), COLUMNS.no, y + PAD, { width: WIDTHS.no - PAD });
  drawCode128(doc, pattern, codeX, y + PAD, { size: MANIFEST_BARCODE, fontSize: 8 });
  doc.font(REGULAR).fontSize(TEXT_SIZE);
  doc.text(row.recipient, COLUMNS.recipient, y + PAD, { width: WIDTHS.recipient - PAD });
  doc.text(row.address, COLUMNS.address, y + PAD, { width: WIDTHS.address - PAD });
  doc.text(formatPostcode(row.postcode).replace(' ', '\u00a0'), COLUMNS.postcode, y + PAD, {
    width: WIDTHS.postcode - PAD,
  });
  doc.text(row.office, COLUMNS.office, y + PAD, { width: WIDTHS.office - PAD });
  doc
    .lineWidth(0.3)
    .moveTo(LEFT, y + height)
    .lineTo(LEFT + CONTENT_WIDTH, y + height)
    .stroke();
  doc.x = LEFT;
  doc.y = y + height;
}

function drawSignatures(doc: PDFKit.PDFDocument, manifest: ManifestData, texts: Texts): void {
  doc
    .moveDown(1)
    .font(BOLD)
    .fontSize(11)
    .text(fill(texts.manifestTotal, { count: manifest.rows.length }), LEFT, doc.y, {
      width: CONTENT_WIDTH,
    });
  doc
    .font(REGULAR)
    .moveDown(1.5)
    .text(texts.manifestHandedBy)
    .moveDown(1.5)
    .text(texts.manifestAcceptedBy);
}
