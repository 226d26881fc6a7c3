import { Language } from '@/directory/classes/class-language';
import { paperName } from '@/directory/schools/paper-name';
import { formatPostcode } from '@/directory/postcode';
import { DeliveryMode } from '@/directory/students/delivery';
import {
  BarcodeSize,
  barcodeWidth,
  drawCode128Bars,
  encodeCode128,
  SCAN_MODULE_DOTS,
  spacedCode,
} from './code128';
import { officeLine } from './cover-layout';
import { BOLD, REGULAR } from './fonts';
import { OfficeSnapshot } from './packet-snapshot';
import { BOTTOM, drawPageNumbers, MM, PAGE } from './page';
import { formatDate, say, Texts } from './texts';
import { wholeWordsSize } from './whole-words';

export interface ManifestRow {
  no: number;
  code: string;
  recipient: string;
  delivery: DeliveryMode;
  /** The pupil's address: printed for door-to-door packets, which the post carries there. */
  address: string;
  postcode: string;
  /** The pupil's office as printed ("050010 Көктал"). */
  office: string;
  /** The guardian's phone, for the CSV the school keeps (not printed on the post's list). */
  phone: string;
}

export interface ManifestData {
  title: string;
  language: Language;
  /** The sending school and its office, named in every page's heading. */
  school: { name: string; shortName?: string; office: OfficeSnapshot };
  classLabel: string;
  /** The day the dispatch was made (YYYY-MM-DD). */
  madeOn: string;
  rows: ManifestRow[];
}

/**
 * The list is read and stamped at the counter, not bound: 10 mm side margins leave a row room
 * for a code with the cover's modules beside the name and the destination.
 */
const MARGINS = { ...PAGE.margins, left: 10 * MM, right: 10 * MM };
const LEFT = MARGINS.left;
const CONTENT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
const TEXT_SIZE = 8;
const MIN_SIZE = 6;
const PAD = 2.5;
/**
 * The row's code: the cover's 0.508 mm modules (code128.ts), 9.5 mm bars, the 10-module minimum
 * quiet zone; its digits print under the recipient's name, so about 20 rows fit a page.
 */
export const MANIFEST_BARCODE: BarcodeSize = {
  moduleDots: SCAN_MODULE_DOTS,
  height: 9.5 * MM,
  quietZoneModules: 10,
};
/** Every S10 code encodes to the same width: the code column is made to hold it whole. */
const CODE_WIDTH = Math.ceil(barcodeWidth(encodeCode128('RR000000000KZ'), MANIFEST_BARCODE));
const FIXED = { no: 16, recipient: 118, postcode: 48 };
const WIDTHS = {
  no: FIXED.no,
  code: CODE_WIDTH,
  recipient: FIXED.recipient,
  postcode: FIXED.postcode,
  destination: CONTENT_WIDTH - CODE_WIDTH - FIXED.no - FIXED.recipient - FIXED.postcode,
};
type Column = keyof typeof WIDTHS;
const COLUMNS = (() => {
  const starts = {} as Record<Column, number>;
  let x = LEFT;
  for (const column of Object.keys(WIDTHS) as Column[]) {
    starts[column] = x;
    x += WIDTHS[column];
  }
  return starts;
})();
const STAMP = { width: 45 * MM, height: 35 * MM };
const SIGNATURES_HEIGHT = 24 + STAMP.height + 20;

/**
 * The list the clerk accepting the batch reads and signs at the counter: one row and one
 * scannable code per packet (names whole, about 20 rows a page), the delivery mode, the sender
 * in every page's heading, page numbers, and on the last page the total, the acceptance date,
 * the signatures and a box for the office's stamp.
 */
export function drawManifest(doc: PDFKit.PDFDocument, manifest: ManifestData, texts: Texts): void {
  const firstPage = doc.bufferedPageRange().count;
  startPage(doc, manifest, texts);
  for (const row of manifest.rows) {
    const cells = rowCells(doc, row, texts);
    const height = rowHeight(doc, cells);
    if (doc.y + height > BOTTOM) startPage(doc, manifest, texts);
    drawRow(doc, row, cells, height);
  }
  if (doc.y + SIGNATURES_HEIGHT > BOTTOM) startPage(doc, manifest, texts);
  drawAcceptance(doc, manifest, texts);
  drawPageNumbers(doc, texts, firstPage);
}

function startPage(doc: PDFKit.PDFDocument, manifest: ManifestData, texts: Texts): void {
  doc.addPage({ size: PAGE.size, margins: MARGINS });
  doc
    .font(BOLD)
    .fontSize(13)
    .text(texts.manifestTitle, LEFT, PAGE.margins.top - 20, { width: CONTENT_WIDTH });
  // The paper name is at most 60 characters, so the office and postcode follow it whole.
  const sender = `${texts.sender}: ${paperName(manifest.school)}, ${officeLine(manifest.school.office)}`;
  doc
    .font(REGULAR)
    .fontSize(9)
    .text(sender, { width: CONTENT_WIDTH })
    .text(`${texts.class} ${manifest.classLabel} · ${formatDate(manifest.madeOn)}`, {
      width: CONTENT_WIDTH,
    })
    .moveDown(0.4);
  drawHeaderRow(doc, texts);
}

function drawHeaderRow(doc: PDFKit.PDFDocument, texts: Texts): void {
  const y = doc.y;
  const headers: Record<Column, string> = {
    no: texts.manifestNo,
    code: texts.manifestCode,
    recipient: texts.manifestRecipient,
    postcode: texts.manifestPostcode,
    destination: `${texts.manifestDelivery} / ${texts.manifestOffice}`,
  };
  let bottom = y;
  for (const column of Object.keys(WIDTHS) as Column[]) {
    const width = WIDTHS[column] - PAD;
    const size = wholeWordsSize(doc, headers[column], BOLD, TEXT_SIZE, MIN_SIZE, width);
    doc.font(BOLD).fontSize(size).text(headers[column], COLUMNS[column], y, { width });
    bottom = Math.max(bottom, doc.y);
  }
  doc
    .lineWidth(1)
    .moveTo(LEFT, bottom + 1.5)
    .lineTo(LEFT + CONTENT_WIDTH, bottom + 1.5)
    .stroke();
  doc.y = bottom + 2;
}

interface Cell {
  text: string;
  font: string;
  size: number;
}

/** What each text cell prints, stacked, at a size where no word is split. */
function rowCells(doc: PDFKit.PDFDocument, row: ManifestRow, texts: Texts): Record<string, Cell[]> {
  const cell = (text: string, font: string, column: Column, size = TEXT_SIZE): Cell => ({
    text,
    font,
    size: wholeWordsSize(doc, text, font, size, MIN_SIZE, WIDTHS[column] - PAD),
  });
  const door = row.delivery === 'door';
  return {
    recipient: [
      cell(row.recipient, REGULAR, 'recipient'),
      cell(spacedCode(row.code), REGULAR, 'recipient', 7),
    ],
    postcode: [cell(formatPostcode(row.postcode).replace(' ', '\u00a0'), BOLD, 'postcode')],
    destination: [
      cell(
        door ? texts.manifestDoor.toUpperCase() : texts.manifestPickup,
        door ? BOLD : REGULAR,
        'destination',
      ),
      cell(row.office, REGULAR, 'destination', 7),
      ...(door ? [cell(row.address, REGULAR, 'destination', 7)] : []),
    ],
  };
}

function cellsHeight(doc: PDFKit.PDFDocument, cells: Cell[], width: number): number {
  return cells.reduce(
    (sum, c) => sum + doc.font(c.font).fontSize(c.size).heightOfString(c.text, { width }),
    0,
  );
}

function rowHeight(doc: PDFKit.PDFDocument, cells: Record<string, Cell[]>): number {
  const text = Object.entries(cells).map(([column, stack]) =>
    cellsHeight(doc, stack, WIDTHS[column as Column] - PAD),
  );
  return Math.max(MANIFEST_BARCODE.height, ...text) + 2 * PAD;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  row: ManifestRow,
  cells: Record<string, Cell[]>,
  height: number,
): void {
  const y = doc.y;
  const pattern = encodeCode128(row.code);
  doc.font(REGULAR).fontSize(TEXT_SIZE);
  doc.text(String(row.no), COLUMNS.no, y + PAD, { width: WIDTHS.no - PAD });
  drawCode128Bars(doc, pattern, COLUMNS.code, y + PAD, MANIFEST_BARCODE);
  for (const [column, stack] of Object.entries(cells)) {
    doc.y = y + PAD;
    for (const c of stack)
      doc
        .font(c.font)
        .fontSize(c.size)
        .text(c.text, COLUMNS[column as Column], doc.y, { width: WIDTHS[column as Column] - PAD });
  }
  doc
    .lineWidth(0.3)
    .moveTo(LEFT, y + height)
    .lineTo(LEFT + CONTENT_WIDTH, y + height)
    .stroke();
  doc.x = LEFT;
  doc.y = y + height;
}

/** The total, the acceptance date, both signatures and the office's stamp box. */
function drawAcceptance(doc: PDFKit.PDFDocument, manifest: ManifestData, texts: Texts): void {
  const top = doc.y + 10;
  const textWidth = CONTENT_WIDTH - STAMP.width - 10;
  doc
    .font(BOLD)
    .fontSize(11)
    .text(say(texts, texts.manifestTotal, { count: manifest.rows.length }), LEFT, top, {
      width: textWidth,
    });
  doc
    .font(REGULAR)
    .fontSize(10)
    .moveDown(1)
    .text(texts.manifestAcceptedOn, { width: textWidth })
    .moveDown(1.2)
    .text(texts.manifestHandedBy, { width: textWidth })
    .moveDown(1.2)
    .text(texts.manifestAcceptedBy, { width: textWidth });
  const stampX = LEFT + CONTENT_WIDTH - STAMP.width;
  doc.lineWidth(0.8).rect(stampX, top, STAMP.width, STAMP.height).stroke();
  doc.fontSize(8).text(texts.manifestStamp, stampX, top + STAMP.height + 2, {
    width: STAMP.width,
    align: 'center',
  });
  doc.x = LEFT;
}
