import { formatPostcode } from '@/directory/postcode';
import { barcodeWidth, Code128Pattern, drawCode128 } from './code128';
import { drawFitted } from './fit-text';
import { BOLD, REGULAR } from './fonts';
import { PacketSnapshot } from './packet-snapshot';
import { CONTENT_WIDTH, ensureSpace, heading, MM, PAGE } from './page';
import { fill, formatDate, Texts } from './texts';

/**
 * The address field of DIN 5008 (form B): 20 mm from the left edge, 45 mm from the top,
 * 85 x 45 mm, the part of the page a DL window envelope (A4 folded in three) or a C5 one
 * (folded once) shows. Its top 17.7 mm hold the sender's return line and the delivery mode,
 * the rest the recipient. Text keeps 5 mm inside the field, so it stays clear of the binding
 * margin and of the window's edge.
 */
const FIELD = { x: 25 * MM, y: 45 * MM, width: 80 * MM, height: 45 * MM, zone: 17.7 * MM };
/** Right of the field, below the envelope's franking corner: the code and the return date. */
const INFO = { x: 125 * MM, y: 50 * MM, width: PAGE.width - 125 * MM - 10 * MM };
/** Above the field: the sender, as on the envelope's sender area. */
const SENDER = { x: 25 * MM, y: 12 * MM, width: 95 * MM, height: 30 * MM };
const TITLE = { x: 125 * MM, y: 12 * MM, width: INFO.width, height: 30 * MM };

export function drawCover(
  doc: PDFKit.PDFDocument,
  snapshot: PacketSnapshot,
  texts: Texts,
  barcode: Code128Pattern,
): void {
  doc.addPage();
  drawTitle(doc, snapshot, texts);
  drawSender(doc, snapshot, texts);
  const addressCut = drawAddressField(doc, snapshot, texts);
  drawInfo(doc, snapshot, texts, barcode);
  drawBelowField(doc, snapshot, texts, addressCut);
}

export const classLabel = (snapshot: PacketSnapshot): string =>
  `${snapshot.schoolClass.grade} ${snapshot.schoolClass.letter}`;

/** "050010 Көктал" with no break inside the postcode or before the name. */
export const officeLine = (office: { postcode: string; name: string }): string =>
  `${formatPostcode(office.postcode)}\u00a0${office.name}`.replace(/ (?=\S{3,4}\u00a0)/, '\u00a0');

function drawTitle(doc: PDFKit.PDFDocument, snapshot: PacketSnapshot, texts: Texts): void {
  drawFitted(doc, TITLE.x, TITLE.y, {
    text: `${texts.caseTitle} · ${texts.class} ${classLabel(snapshot)}`,
    font: BOLD,
    size: 16,
    minSize: 10,
    width: TITLE.width,
    height: TITLE.height,
  });
}

function drawSender(doc: PDFKit.PDFDocument, snapshot: PacketSnapshot, texts: Texts): void {
  const { school } = snapshot;
  const used = label(doc, texts.sender, SENDER.x, SENDER.y);
  drawFitted(doc, SENDER.x, SENDER.y + used, {
    text: [
      school.name,
      school.address,
      `${school.locality}, ${school.region}`,
      officeLine(school.office),
    ].join('\n'),
    font: REGULAR,
    size: 9,
    minSize: 6.5,
    width: SENDER.width,
    height: SENDER.height - used,
  });
}

/**
 * Recipient, address and postcode, sized to fit the window; the guardian goes below it.
 * Returns whether the address had to be cut (it is then printed whole below the window).
 */
function drawAddressField(
  doc: PDFKit.PDFDocument,
  snapshot: PacketSnapshot,
  texts: Texts,
): boolean {
  const { school, student } = snapshot;
  const { x, width } = FIELD;
  let y = FIELD.y;
  y += drawFitted(doc, x, y, {
    text: `${school.name}, ${officeLine(school.office)}`,
    font: REGULAR,
    size: 7,
    minSize: 5.5,
    width,
    height: 9,
  }).height;
  doc
    .lineWidth(0.4)
    .moveTo(x, y + 1)
    .lineTo(x + width, y + 1)
    .stroke();
  const door = student.delivery === 'door';
  drawFitted(doc, x, y + 4, {
    text: door ? texts.deliveryDoor : texts.deliveryPickup,
    font: door ? BOLD : REGULAR,
    size: 9,
    minSize: 6,
    width,
    height: FIELD.zone - (y + 4 - FIELD.y),
  });
  y = FIELD.y + FIELD.zone;
  const budget = [
    { text: student.fullName, font: BOLD, size: 12, minSize: 8, height: 26 },
    { text: student.address, font: REGULAR, size: 10, minSize: 6, height: 27 },
    { text: formatPostcode(student.postcode), font: BOLD, size: 15, minSize: 15, height: 18 },
  ];
  let addressCut = false;
  for (const part of budget) {
    const drawn = drawFitted(doc, x, y, { ...part, width });
    if (part.text === student.address) addressCut = drawn.cut;
    y += drawn.height;
  }
  return addressCut;
}

function drawInfo(
  doc: PDFKit.PDFDocument,
  snapshot: PacketSnapshot,
  texts: Texts,
  barcode: Code128Pattern,
): void {
  const codeX = INFO.x + Math.max(0, (INFO.width - barcodeWidth(barcode)) / 2);
  const used = drawCode128(doc, barcode, codeX, INFO.y);
  drawFitted(doc, INFO.x, INFO.y + used + 6, {
    text: `${texts.returnBy}:\n${formatDate(snapshot.returnDueOn)}`,
    font: BOLD,
    size: 11,
    minSize: 8,
    width: INFO.width,
    height: 40,
    align: 'center',
  });
}

/** Below the window: guardian, pupil, the cases inside and what to do, flowing down the page. */
function drawBelowField(
  doc: PDFKit.PDFDocument,
  snapshot: PacketSnapshot,
  texts: Texts,
  addressCut: boolean,
): void {
  const { student } = snapshot;
  const left = PAGE.margins.left;
  doc.x = left;
  doc.y = FIELD.y + FIELD.height + 8 * MM;
  const width = CONTENT_WIDTH;
  doc
    .font(REGULAR)
    .fontSize(10)
    .text(`${texts.guardian}: ${student.guardianName}, ${texts.phone} ${student.guardianPhone}`, {
      width,
    });
  if (addressCut) doc.moveDown(0.4).text(`${texts.address}: ${student.address}`, { width });
  doc
    .moveDown(0.4)
    .fontSize(10)
    .text(`${texts.postOffice}: ${officeLine(student.office)}, ${student.office.address}`, {
      width,
    });
  doc
    .moveDown(0.6)
    .fontSize(12)
    .text(`${texts.pupil}: ${student.fullName}    ${texts.class}: ${classLabel(snapshot)}`, {
      width,
    });
  heading(doc, texts.casesInside, BOLD, REGULAR);
  snapshot.cases.forEach((lessonCase, i) => {
    doc.text(`${i + 1}. ${lessonCase.subjectName} — ${lessonCase.topic}`, { width });
  });
  drawWhatToDo(doc, snapshot, texts);
}

/** A short "what to do" for the pupil and the family, framed, kept whole on the page. */
function drawWhatToDo(doc: PDFKit.PDFDocument, snapshot: PacketSnapshot, texts: Texts): void {
  const left = PAGE.margins.left;
  const pad = 10;
  const inner = CONTENT_WIDTH - 2 * pad;
  const steps = [
    texts.whatToDo1,
    texts.whatToDo2,
    fill(texts.whatToDo3, {
      date: formatDate(snapshot.returnDueOn),
      office: officeLine(snapshot.student.office),
    }),
    texts.whatToDo4,
  ].map((step, i) => `${i + 1}. ${step}`);
  doc.font(REGULAR).fontSize(11);
  const stepsHeight = steps.reduce(
    (sum, step) => sum + doc.heightOfString(step, { width: inner }) + 4,
    0,
  );
  const height = pad * 2 + 20 + stepsHeight;
  doc.moveDown(1);
  ensureSpace(doc, height);
  const top = doc.y;
  doc.lineWidth(1.2).rect(left, top, CONTENT_WIDTH, height).stroke();
  doc
    .font(BOLD)
    .fontSize(13)
    .text(texts.whatToDoTitle, left + pad, top + pad, { width: inner });
  let y = top + pad + 20;
  doc.font(REGULAR).fontSize(11);
  for (const step of steps) {
    doc.text(step, left + pad, y, { width: inner });
    y = doc.y + 4;
  }
  doc.x = left;
  doc.y = top + height + 6;
}

/** A small upper-case label; returns the height it took. */
export function label(doc: PDFKit.PDFDocument, text: string, x: number, y: number): number {
  doc
    .font(REGULAR)
    .fontSize(8)
    .fillColor('#333333')
    .text(text.toUpperCase(), x, y)
    .fillColor('black');
  return doc.currentLineHeight(true) + 1;
}
