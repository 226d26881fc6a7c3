import { Code128Pattern } from './code128';
import { classLabel, drawCover, officeLine } from './cover-layout';
import { oneLine } from './fit-text';
import { BOLD, REGULAR } from './fonts';
import { flowHeight, flowText } from './flow-text';
import { drawOnce } from './page-memo';
import { drawPictures } from './picture-layout';
import { Pictures } from './render-task';
import { CaseSnapshot, FeedbackSnapshot, PacketSnapshot } from './packet-snapshot';
import { defaultAnswerLines } from './answer-lines';
import { paperName } from '@/directory/schools/paper-name';
import { BOTTOM, CONTENT_WIDTH, ensureSpace, heading, MM, outsideMargins, PAGE } from './page';
import { drawWindow, WINDOW } from './window-field';
import { fill, formatDate, say, Texts } from './texts';

const LINE_GAP = 20;
const { left: LEFT } = PAGE.margins;
const RIGHT_EDGE = PAGE.width - PAGE.margins.right;

/** Cover, optional feedback page, one section per case, return slip. */
export function drawPacket(
  doc: PDFKit.PDFDocument,
  snapshot: PacketSnapshot,
  texts: Texts,
  barcode: Code128Pattern,
  pictures: Pictures,
): void {
  drawCover(doc, snapshot, texts, barcode);
  if (snapshot.teacherFeedback.length > 0)
    drawTeacherFeedback(doc, snapshot.teacherFeedback, texts);
  const classText = classLabel(snapshot);
  for (const lessonCase of snapshot.cases)
    drawOnce(doc, JSON.stringify([snapshot.language, classText, lessonCase]), () =>
      drawCase(doc, classText, lessonCase, texts, pictures),
    );
  drawReturnSlip(doc, snapshot, texts, barcode);
}

/** One case from a new page: subject, topic, summary, questions with answer lines, the rest. */
export function drawCase(
  doc: PDFKit.PDFDocument,
  classText: string,
  lessonCase: CaseSnapshot,
  texts: Texts,
  pictures: Pictures,
): void {
  doc.addPage();
  flowText(doc, lessonCase.subjectName, { font: BOLD, size: 16, width: CONTENT_WIDTH });
  if (lessonCase.passFail)
    doc.font(BOLD).fontSize(11).text(texts.passFail, { width: CONTENT_WIDTH });
  doc.font(REGULAR).fontSize(11).moveDown(0.3);
  doc.text(`${texts.class}: ${classText}`, { width: CONTENT_WIDTH });
  flowText(doc, `${texts.topic}: ${lessonCase.topic}`, BOLD_11);
  flowText(
    doc,
    `${texts.textbook}: ${lessonCase.textbook.title}, ${fill(texts.pages, { pages: lessonCase.textbook.pages })}`,
    TEXT_11,
  );
  doc.text(say(texts, texts.estimatedMinutes, { minutes: lessonCase.estimatedMinutes }), {
    width: CONTENT_WIDTH,
  });
  heading(doc, texts.summary, BOLD, REGULAR, lessonCase.summary);
  flowText(doc, lessonCase.summary, TEXT_11);
  const lines = lessonCase.questions.map(
    (question, i) => lessonCase.answerLines?.[i] ?? defaultAnswerLines(question),
  );
  // The heading stays with the first question and its lines, not alone at the page's foot.
  const first =
    lessonCase.questions.length > 0 ? questionHeight(doc, 1, lessonCase.questions[0], lines[0]) : 0;
  heading(doc, texts.questions, BOLD, REGULAR, undefined, first);
  lessonCase.questions.forEach((question, i) => drawQuestion(doc, i + 1, question, lines[i]));
  const images = lessonCase.images ?? [];
  if (lessonCase.materials.length > 0 || images.length > 0) {
    heading(doc, texts.materials, BOLD, REGULAR);
    for (const material of lessonCase.materials) flowText(doc, `• ${material}`, TEXT_11);
    drawPictures(doc, images, pictures);
  }
  heading(doc, texts.feedback, BOLD, REGULAR, lessonCase.feedback);
  flowText(doc, lessonCase.feedback, TEXT_11);
}

const TEXT_11 = { font: REGULAR, size: 11, width: CONTENT_WIDTH };
const BOLD_11 = { font: BOLD, size: 11, width: CONTENT_WIDTH };

const questionFlow = (number: number) => ({
  ...TEXT_11,
  lead: { text: `${number}. `, font: BOLD },
});

function questionHeight(
  doc: PDFKit.PDFDocument,
  number: number,
  question: string,
  lines: number,
): number {
  return flowHeight(doc, question, questionFlow(number)) + 10 + lines * LINE_GAP;
}

/** The question, then ruled lines to write the answer on. */
function drawQuestion(
  doc: PDFKit.PDFDocument,
  number: number,
  question: string,
  lines: number,
): void {
  ensureSpace(
    doc,
    Math.min(questionHeight(doc, number, question, lines), BOTTOM - PAGE.margins.top),
  );
  flowText(doc, question, questionFlow(number));
  let y = doc.y;
  // Dotted pure black, not grey: a mono laser halftones grey into a ragged line.
  doc.lineWidth(0.6).lineCap('round').dash(0.1, { space: 2.4 });
  for (let line = 0; line < lines; line++) {
    if (y + LINE_GAP > BOTTOM) {
      // A diary of many lines goes on over the page.
      doc.stroke().addPage();
      y = doc.y - LINE_GAP / 2;
      doc.lineWidth(0.6).lineCap('round').dash(0.1, { space: 2.4 });
    }
    y += LINE_GAP;
    doc.moveTo(LEFT, y).lineTo(RIGHT_EDGE, y);
  }
  doc.stroke().undash().lineCap('butt');
  doc.x = LEFT;
  doc.y = Math.min(y + 10, BOTTOM);
}

/** The page of the teachers' comments on the pupil's previous work. */
export function drawTeacherFeedback(
  doc: PDFKit.PDFDocument,
  feedback: FeedbackSnapshot[],
  texts: Texts,
): void {
  doc.addPage();
  doc.font(BOLD).fontSize(16).text(texts.teacherFeedback, { width: CONTENT_WIDTH }).moveDown(0.5);
  for (const item of feedback) {
    ensureSpace(doc, 60);
    const result =
      item.mark !== undefined
        ? `${texts.mark}: ${item.mark}`
        : item.passed === undefined
          ? ''
          : item.passed
            ? texts.passed
            : texts.notPassed;
    flowText(doc, `${item.subjectName} — ${item.topic}${result ? ` (${result})` : ''}`, BOLD_11);
    flowText(doc, item.comment, TEXT_11);
    doc.moveDown(0.6);
  }
}

/**
 * The return slip goes back on top of the completed work, folded like the cover, so the same
 * window shows the school (to be collected at the pupil's office) and the packet's code.
 */
function drawReturnSlip(
  doc: PDFKit.PDFDocument,
  snapshot: PacketSnapshot,
  texts: Texts,
  barcode: Code128Pattern,
): void {
  const { school, student } = snapshot;
  doc.addPage();
  doc.font(BOLD).fontSize(18).text(texts.returnSlipTitle, { width: CONTENT_WIDTH });
  drawFoldMarks(doc);
  drawWindow(
    doc,
    {
      returnLine: `${texts.pupil}: ${shortened(student.fullName)}, ${texts.class}\u00a0${classLabel(snapshot)}`,
      note: { text: student.byHand ? texts.deliveryByHand : texts.posteRestante, bold: true },
      lines: [
        { text: paperName(school), font: BOLD, size: 11, minSize: 8, height: 26 },
        {
          text: student.byHand ? texts.byHandBack : officeLine(student.office),
          font: REGULAR,
          size: 10,
          minSize: 7,
          height: 34,
        },
      ],
    },
    barcode,
  );
  doc.x = LEFT;
  doc.y = WINDOW.y + WINDOW.height + 6 * MM;
  doc
    .font(REGULAR)
    .fontSize(12)
    .text(`${texts.pupil}: ${student.fullName}`, { width: CONTENT_WIDTH });
  doc.text(`${texts.class}: ${classLabel(snapshot)}`, { width: CONTENT_WIDTH });
  doc
    .font(BOLD)
    .text(`${texts.returnBy}: ${formatDate(snapshot.returnDueOn)}`, { width: CONTENT_WIDTH });
  heading(doc, texts.returnSlipTick, BOLD, REGULAR);
  for (const lessonCase of snapshot.cases) {
    ensureSpace(doc, 24);
    const y = doc.y;
    doc.lineWidth(1).rect(LEFT, y, 12, 12).stroke();
    doc.x = LEFT + 22;
    flowText(doc, `${lessonCase.subjectName} — ${lessonCase.topic}`, {
      ...TEXT_11,
      size: 12,
      width: CONTENT_WIDTH - 22,
    });
    doc.x = LEFT;
    doc.moveDown(0.5);
  }
  doc
    .moveDown(1)
    .fontSize(11)
    .text(
      fill(student.byHand ? texts.returnSlipInstructionsByHand : texts.returnSlipInstructions, {
        date: formatDate(snapshot.returnDueOn),
        office: officeLine(student.office),
      }),
      LEFT,
      doc.y,
      { width: CONTENT_WIDTH },
    );
}

/** The pupil's name in the slip's return line (it prints whole below the window). */
const shortened = (name: string): string => (name.length > 60 ? `${name.slice(0, 59)}…` : name);

/** Where to fold the sheet in three for a DL window envelope (DIN 5008: 105 and 210 mm). */
function drawFoldMarks(doc: PDFKit.PDFDocument): void {
  doc.lineWidth(0.5);
  for (const y of [105 * MM, 210 * MM]) doc.moveTo(5 * MM, y).lineTo(10 * MM, y);
  doc.stroke();
}

/** Running header (pupil, class, code) on every page but the cover, and "page N of M" below. */
export function drawRunningHeaders(
  doc: PDFKit.PDFDocument,
  snapshot: PacketSnapshot,
  texts: Texts,
  firstPage: number,
  pageCount: number,
): void {
  for (let i = 0; i < pageCount; i++) {
    doc.switchToPage(firstPage + i);
    outsideMargins(doc, () => {
      doc.font(REGULAR).fontSize(8.5);
      if (i > 0) {
        // One line always: a long name is shortened, never wrapped into the rule below.
        const header = `${classLabel(snapshot)} · ${snapshot.code} · ${snapshot.student.fullName}`;
        doc.text(oneLine(doc, header, CONTENT_WIDTH), LEFT, 30, {
          width: CONTENT_WIDTH,
          lineBreak: false,
        });
        doc.lineWidth(0.5).moveTo(LEFT, 44).lineTo(RIGHT_EDGE, 44).stroke();
      }
      doc.text(fill(texts.pageOf, { page: i + 1, total: pageCount }), LEFT, PAGE.height - 40, {
        width: CONTENT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
    });
  }
}

export function drawBlankPage(doc: PDFKit.PDFDocument, texts: Texts): void {
  doc.addPage();
  outsideMargins(doc, () => {
    doc
      .font(REGULAR)
      .fontSize(9)
      .text(texts.blankPage, LEFT, PAGE.height / 2, {
        width: CONTENT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
  });
}
