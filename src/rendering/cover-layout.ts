import { formatPostcode } from '@/directory/postcode';
import { paperName } from '@/directory/schools/paper-name';
import { Code128Pattern } from './code128';
import { drawFitted } from './fit-text';
import { flowText } from './flow-text';
import { BOLD, REGULAR } from './fonts';
import { PacketSnapshot } from './packet-snapshot';
import { BOTTOM, CONTENT_WIDTH, heading, MM, PAGE } from './page';
import { fill, formatDate, Texts } from './texts';
import { drawWindow, WINDOW } from './window-field';

/** Right of the window, below the envelope's franking corner: the return date. */
const INFO = { x: 125 * MM, y: 50 * MM, width: PAGE.width - 125 * MM - 10 * MM };
/** Above the window: the sender, as on the envelope's sender area. */
const SENDER = { x: 25 * MM, y: 12 * MM, width: 95 * MM, height: 30 * MM };
const TITLE = { x: 125 * MM, y: 12 * MM, width: INFO.width, height: 30 * MM };
const TITLE_SIZE = 16;

export function drawCover(
  doc: PDFKit.PDFDocument,
  snapshot: PacketSnapshot,
  texts: Texts,
  barcode: Code128Pattern,
): void {
  doc.addPage();
  drawTitle(doc, snapshot, texts);
  drawSender(doc, snapshot, texts);
  const addressCut = drawAddressWindow(doc, snapshot, texts, barcode);
  drawInfo(doc, snapshot, texts);
  drawBelowField(doc, snapshot, texts, addressCut);
}

/** "5 Ә", never broken between the grade and the letter. */
export const classLabel = (snapshot: PacketSnapshot): string =>
  `${snapshot.schoolClass.grade}\u00a0${snapshot.schoolClass.letter}`;

/**
 * "050010 Көктал" with no break inside the postcode or before the name; an office whose name
 * already holds its postcode ("050010 Алматы") prints it once.
 */
export const officeLine = (office: { postcode: string; name: string }): string => {
  const postcode = formatPostcode(office.postcode);
  const compact = office.name.replace(/\s/g, '');
  if (office.postcode && compact.includes(office.postcode.replace(/\s/g, '')))
    return office.name.replace(/(\S{3}) (\S{4})/, '$1\u00a0$2');
  return `${postcode}\u00a0${office.name}`.replace(/ (?=\S{3,4}\u00a0)/, '\u00a0');
};

function drawTitle(doc: PDFKit.PDFDocument, snapshot: PacketSnapshot, texts: Texts): void {
  drawFitted(doc, TITLE.x, TITLE.y, {
    text: coverTitle(doc, [texts.caseTitle, `${texts.class}\u00a0${classLabel(snapshot)}`]),
    font: BOLD,
    size: TITLE_SIZE,
    minSize: 10,
    width: TITLE.width,
    height: TITLE.height,
  });
}

/**
 * "Учебный кейс · Класс 5 А" on one line when it fits at the title's size; otherwise one part
 * a line, with no separator left dangling at the end of the first.
 */
export function coverTitle(doc: PDFKit.PDFDocument, parts: string[]): string {
  const oneLine = parts.join(' · ');
  doc.font(BOLD).fontSize(TITLE_SIZE);
  return doc.widthOfString(oneLine) <= TITLE.width ? oneLine : parts.join('\n');
}

/** The school's paper name, address and locality fitted above; its office and postcode whole. */
function drawSender(doc: PDFKit.PDFDocument, snapshot: PacketSnapshot, texts: Texts): void {
  const { school } = snapshot;
  const used = label(doc, texts.sender, SENDER.x, SENDER.y);
  const office = officeLine(school.office);
  doc.font(REGULAR).fontSize(8);
  const officeHeight = doc.heightOfString(office, { width: SENDER.width });
  const drawn = drawFitted(doc, SENDER.x, SENDER.y + used, {
    text: [paperName(school), school.address, `${school.locality}, ${school.region}`].join('\n'),
    font: REGULAR,
    size: 9,
    minSize: 6.5,
    width: SENDER.width,
    height: SENDER.height - used - officeHeight,
  });
  doc
    .font(REGULAR)
    .fontSize(8)
    .text(office, SENDER.x, SENDER.y + used + drawn.height, { width: SENDER.width });
}

/**
 * The window: the return line, the delivery mode, the pupil's name, address and postcode and
 * the S10 code. Returns whether the address had to be cut (it is then printed whole below).
 */
function drawAddressWindow(
  doc: PDFKit.PDFDocument,
  snapshot: PacketSnapshot,
  texts: Texts,
  barcode: Code128Pattern,
): boolean {
  const { school, student } = snapshot;
  const door = student.delivery === 'door';
  // A packet carried by hand says so, and shows no postal address or office to the post.
  const [, addressCut] = drawWindow(
    doc,
    {
      returnLine: student.byHand
        ? paperName(school)
        : `${paperName(school)}, ${officeLine(school.office)}`,
      note: student.byHand
        ? { text: texts.deliveryByHand, bold: true }
        : { text: door ? texts.deliveryDoor : texts.deliveryPickup, bold: door },
      lines: [
        { text: student.fullName, font: BOLD, size: 11, minSize: 8, height: 24 },
        { text: student.address, font: REGULAR, size: 9, minSize: 6.5, height: 24 },
        {
          text: student.byHand ? classLabel(snapshot) : formatPostcode(student.postcode),
          font: BOLD,
          size: 13,
          minSize: 11,
          height: 16,
        },
      ],
    },
    barcode,
  );
  return addressCut;
}

function drawInfo(doc: PDFKit.PDFDocument, snapshot: PacketSnapshot, texts: Texts): void {
  drawFitted(doc, INFO.x, INFO.y, {
    text: `${texts.returnBy}:\n${formatDate(snapshot.returnDueOn)}`,
    font: BOLD,
    size: 12,
    minSize: 8,
    width: INFO.width,
    height: 60,
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
  doc.y = WINDOW.y + WINDOW.height + 6 * MM;
  const width = CONTENT_WIDTH;
  doc
    .font(REGULAR)
    .fontSize(10)
    .text(`${texts.guardian}: ${student.guardianName}, ${texts.phone} ${student.guardianPhone}`, {
      width,
    });
  if (addressCut) doc.moveDown(0.4).text(`${texts.address}: ${student.address}`, { width });
  if (!student.byHand)
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
  const cases = snapshot.cases.map((c, i) => `${i + 1}. ${c.subjectName} — ${c.topic}`);
  const box = whatToDoSteps(snapshot, texts);
  // The list of cases and the "what to do" box stay together: on the cover, in a smaller
  // size if need be, or on the next page together rather than the box alone.
  const listHeight = casesHeight(doc, texts, cases);
  const fitting = BOX_SIZES.find((size) => doc.y + listHeight + boxHeight(doc, box, size) < BOTTOM);
  if (fitting === undefined) doc.addPage();
  heading(doc, texts.casesInside, BOLD, REGULAR);
  for (const line of cases) flowText(doc, line, { font: REGULAR, size: 11, width });
  drawWhatToDo(doc, texts, box, fitting ?? BOX_SIZES[0]);
}

const BOX = { pad: 10, titleGap: 20, stepGap: 4, margin: 16 };
/** Type sizes the box may take, largest first. */
const BOX_SIZES = [11, 10, 9, 8];

function casesHeight(doc: PDFKit.PDFDocument, texts: Texts, cases: string[]): number {
  doc.font(BOLD).fontSize(12);
  let height = doc.heightOfString(texts.casesInside, { width: CONTENT_WIDTH }) + 0.9 * 12;
  doc.font(REGULAR).fontSize(11);
  for (const line of cases) height += doc.heightOfString(line, { width: CONTENT_WIDTH });
  return height;
}

function whatToDoSteps(snapshot: PacketSnapshot, texts: Texts): string[] {
  return [
    texts.whatToDo1,
    texts.whatToDo2,
    fill(snapshot.student.byHand ? texts.whatToDo3ByHand : texts.whatToDo3, {
      date: formatDate(snapshot.returnDueOn),
      office: officeLine(snapshot.student.office),
    }),
    texts.whatToDo4,
  ].map((step, i) => `${i + 1}. ${step}`);
}

function boxHeight(doc: PDFKit.PDFDocument, steps: string[], size: number): number {
  doc.font(REGULAR).fontSize(size);
  const inner = CONTENT_WIDTH - 2 * BOX.pad;
  const stepsHeight = steps.reduce(
    (sum, step) => sum + doc.heightOfString(step, { width: inner }) + BOX.stepGap,
    0,
  );
  return BOX.pad * 2 + BOX.titleGap + stepsHeight + BOX.margin;
}

/** A short "what to do" for the pupil and the family, framed. */
function drawWhatToDo(doc: PDFKit.PDFDocument, texts: Texts, steps: string[], size: number): void {
  const left = PAGE.margins.left;
  const inner = CONTENT_WIDTH - 2 * BOX.pad;
  const height = boxHeight(doc, steps, size) - BOX.margin;
  const top = doc.y + BOX.margin - 6;
  doc.lineWidth(1.2).rect(left, top, CONTENT_WIDTH, height).stroke();
  doc
    .font(BOLD)
    .fontSize(size + 2)
    .text(texts.whatToDoTitle, left + BOX.pad, top + BOX.pad, { width: inner });
  let y = top + BOX.pad + BOX.titleGap;
  doc.font(REGULAR).fontSize(size);
  for (const step of steps) {
    doc.text(step, left + BOX.pad, y, { width: inner });
    y = doc.y + BOX.stepGap;
  }
  doc.x = left;
  doc.y = top + height + 6;
}

/** A small upper-case label; returns the height it took. */
export function label(doc: PDFKit.PDFDocument, text: string, x: number, y: number): number {
  doc.font(REGULAR).fontSize(8).text(text.toUpperCase(), x, y);
  return doc.currentLineHeight(true) + 1;
}
