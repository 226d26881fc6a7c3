import { Language } from '@/directory/classes/class-language';
import { formatPostcode } from '@/directory/postcode';
import { drawCode128, encodeCode128, MANIFEST_BARCODE } from './code128';
import { BOLD, REGULAR } from './fonts';
import { BOTTOM, CONTENT_WIDTH, PAGE } from './page';
import { fill, Texts } from './texts';

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
  heading: string;
  rows: ManifestRow[];
}

const ROW_HEIGHT = 58;
const LEFT = PAGE.margins.left;
const COLUMNS = {
  no: LEFT,
  code: LEFT + 22,
  recipient: LEFT + 215,
  address: LEFT + 330,
  office: LEFT + 430,
};

/** The list the clerk accepting the batch signs: one row and one scannable barcode per packet. */
export function drawManifest(doc: PDFKit.PDFDocument, manifest: ManifestData, texts: Texts): void {
  doc.addPage();
  doc.font(BOLD).fontSize(16).text(texts.manifestTitle, { width: CONTENT_WIDTH });
  doc.font(REGULAR).fontSize(10).text(manifest.heading, { width: CONTENT_WIDTH }).moveDown(0.5);
  drawHeaderRow(doc, texts);
  for (const row of manifest.rows) {
    if (doc.y + ROW_HEIGHT > BOTTOM) {
      doc.addPage();
      drawHeaderRow(doc, texts);
    }
    drawRow(doc, row);
  }
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

function drawHeaderRow(doc: PDFKit.PDFDocument, texts: Texts): void {
  const y = doc.y;
  doc.font(BOLD).fontSize(8.5);
  doc.text(texts.manifestNo, COLUMNS.no, y, { width: 20 });
  doc.text(texts.manifestCode, COLUMNS.code, y, { width: 190 });
  doc.text(texts.manifestRecipient, COLUMNS.recipient, y, { width: 110 });
  doc.text(texts.manifestAddress, COLUMNS.address, y, {
    width: 95,
  });
  doc.text(texts.manifestOffice, COLUMNS.office, y, {
    width: CONTENT_WIDTH - (COLUMNS.office - LEFT),
  });
  doc
    .lineWidth(1)
    .moveTo(LEFT, y + 14)
    .lineTo(LEFT + CONTENT_WIDTH, y + 14)
    .stroke();
  doc.font(REGULAR).fontSize(8.5);
  doc.y = y + 18;
}

function drawRow(doc: PDFKit.PDFDocument, row: ManifestRow): void {
  const y = doc.y;
  doc.text(String(row.no), COLUMNS.no, y + 4, { width: 20 });
  drawCode128(doc, encodeCode128(row.code), COLUMNS.code - 6, y + 2, {
    size: MANIFEST_BARCODE,
    fontSize: 8,
  });
  doc.fontSize(8.5).text(row.recipient, COLUMNS.recipient, y + 4, {
    width: 110,
    height: ROW_HEIGHT - 8,
    ellipsis: true,
  });
  doc.text(`${row.address}, ${formatPostcode(row.postcode)}`, COLUMNS.address, y + 4, {
    width: 95,
    height: ROW_HEIGHT - 8,
    ellipsis: true,
  });
  doc.text(row.office, COLUMNS.office, y + 4, {
    width: CONTENT_WIDTH - (COLUMNS.office - LEFT),
    height: ROW_HEIGHT - 8,
    ellipsis: true,
  });
  doc
    .lineWidth(0.3)
    .moveTo(LEFT, y + ROW_HEIGHT - 2)
    .lineTo(LEFT + CONTENT_WIDTH, y + ROW_HEIGHT - 2)
    .stroke();
  doc.x = LEFT;
  doc.y = y + ROW_HEIGHT;
}
