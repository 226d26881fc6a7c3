import { emojiFont, isEmoji } from './fonts';
import { layWebAddresses } from './web-addresses';

export interface Flow {
  font: string;
  size: number;
  width: number;
  /** Text before it on the first line in another face (a question's bold number). */
  lead?: { text: string; font: string };
  /** Each line's place in the width (a caption centred under its picture); left by default. */
  align?: 'left' | 'center';
}

/** Pictographs and symbols: only text with one of these needs the emoji face at all. */
const MAYBE_EMOJI = /[\u{1F000}-\u{1FAFF}\u2190-\u21FF\u2300-\u23FF\u2460-\u27BF\u2900-\u2BFF]/u;

/**
 * Writes lesson text or a comment where `doc.text` would: emoji in the monochrome emoji face,
 * web addresses broken only where they allow (web-addresses.ts).
 */
export function flowText(doc: PDFKit.PDFDocument, text: string, flow: Flow): void {
  const laid = layWebAddresses(doc, text, { ...flow, indent: leadWidth(doc, flow) });
  const runs: Run[] = [
    ...(flow.lead ? [{ ...flow.lead, emoji: false }] : []),
    ...faceRuns(laid.text),
  ];
  runs.forEach((run, i) => {
    const font = run.emoji ? emojiFont(doc) : (run.font ?? flow.font);
    doc
      .font(font)
      .fontSize(laid.size)
      .text(run.text, {
        width: flow.width,
        align: flow.align ?? 'left',
        continued: i < runs.length - 1,
      });
  });
  doc.font(flow.font).fontSize(flow.size);
}

/** The height `flowText` takes. */
export function flowHeight(doc: PDFKit.PDFDocument, text: string, flow: Flow): number {
  const laid = layWebAddresses(doc, text, { ...flow, indent: leadWidth(doc, flow) });
  const height = doc
    .font(flow.font)
    .fontSize(laid.size)
    .heightOfString(`${flow.lead?.text ?? ''}${laid.text}`, {
      width: flow.width,
      align: flow.align ?? 'left',
    });
  doc.fontSize(flow.size);
  return height;
}

function leadWidth(doc: PDFKit.PDFDocument, flow: Flow): number {
  return flow.lead ? doc.font(flow.lead.font).fontSize(flow.size).widthOfString(flow.lead.text) : 0;
}

interface Run {
  text: string;
  emoji: boolean;
  font?: string;
}

/** The text cut where it passes between the text face and the emoji face. */
function faceRuns(text: string): Run[] {
  if (!MAYBE_EMOJI.test(text)) return [{ text, emoji: false }];
  const runs: Run[] = [];
  for (const char of text) {
    const emoji = isEmoji(char.codePointAt(0)!);
    const last = runs[runs.length - 1];
    if (last?.emoji === emoji) last.text += char;
    else runs.push({ text: char, emoji });
  }
  return runs;
}
