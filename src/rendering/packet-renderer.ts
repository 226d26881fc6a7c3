import { Injectable } from '@nestjs/common';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { encodeCode128 } from './code128';
import { hasGlyph, hasGlyphOrEmoji, registerFonts, resetLayoutCaches } from './fonts';
import { printable, printableDeep } from './printable';
import { drawManifest, ManifestData } from './manifest-layout';
import {
  drawBlankPage,
  drawCase,
  drawPacket,
  drawRunningHeaders,
  drawTeacherFeedback,
} from './packet-layout';
import { CaseSnapshot, FeedbackSnapshot, PacketSnapshot } from './packet-snapshot';
import { drawPageNumbers, PAGE } from './page';
import { Pictures } from './render-task';
import { textsFor } from './texts';
import { Language } from '@/directory/classes/class-language';

/** Output waiting for a slow client beyond this is not produced until the client catches up. */
const MAX_PENDING_BYTES = 4 * 1024 * 1024;
const PACKETS_PER_LAYOUT_CACHE = 200;

/** The one place pdfkit and bwip-js are used: packets and manifests as PDF. */
@Injectable()
export class PacketRenderer {
  /**
   * Renders packets one after another into one PDF, each starting on an odd page so duplex
   * printing never puts two pupils on one sheet. Pages are flushed packet by packet, so
   * memory stays flat whatever the number of packets.
   */
  async renderPackets(
    snapshots: AsyncIterable<PacketSnapshot> | Iterable<PacketSnapshot>,
    out: Writable,
    about: { title: string; language: Language },
    pictures: Pictures = new Map(),
  ): Promise<void> {
    const doc = this.createDocument(about.title, true, about.language);
    doc.pipe(out);
    let rendered = 0;
    for await (const snapshot of snapshots) {
      this.renderOne(doc, snapshot, pictures);
      if (++rendered % PACKETS_PER_LAYOUT_CACHE === 0) resetLayoutCaches(doc);
      await this.letOutputDrain(doc, out);
    }
    doc.end();
    await finished(out);
  }

  /** The pages of one case as a packet prints them, for the author's preview. */
  async renderCasePreview(
    lessonCase: CaseSnapshot,
    classText: string,
    out: Writable,
    language: Language,
    pictures: Pictures = new Map(),
  ): Promise<void> {
    const doc = this.createDocument(lessonCase.topic, true, language);
    doc.pipe(out);
    const texts = textsFor(language);
    drawCase(doc, classText, printableCase(lessonCase), texts, pictures);
    drawPageNumbers(doc, texts, 0);
    doc.end();
    await finished(out);
  }

  /** The teachers' feedback page alone, as a packet would print it (the reviewer's preview). */
  async renderFeedbackPreview(
    feedback: FeedbackSnapshot[],
    out: Writable,
    language: Language,
  ): Promise<void> {
    const doc = this.createDocument('feedback', true, language);
    doc.pipe(out);
    drawTeacherFeedback(doc, printableDeep(feedback, hasGlyphOrEmoji), textsFor(language));
    doc.end();
    await finished(out);
  }

  async renderManifest(manifest: ManifestData, out: Writable): Promise<void> {
    const doc = this.createDocument(manifest.title, true, manifest.language);
    doc.pipe(out);
    const rows = manifest.rows.map((row) => ({
      ...row,
      recipient: printable(row.recipient, hasGlyph),
      address: printable(row.address, hasGlyph),
      office: printable(row.office, hasGlyph),
    }));
    drawManifest(doc, { ...manifest, rows }, textsFor(manifest.language));
    doc.end();
    await finished(out);
  }

  private renderOne(doc: PDFKit.PDFDocument, snapshot: PacketSnapshot, pictures: Pictures): void {
    const texts = textsFor(snapshot.language);
    const { start, count } = doc.bufferedPageRange();
    const firstPage = start + count;
    drawPacket(doc, printableSnapshot(snapshot), texts, encodeCode128(snapshot.code), pictures);
    const range = doc.bufferedPageRange();
    const pageCount = range.start + range.count - firstPage;
    drawRunningHeaders(doc, snapshot, texts, firstPage, pageCount);
    if (pageCount % 2 === 1) drawBlankPage(doc, texts);
    doc.flushPages();
  }

  /** `lang` is the class's language, so screen readers and hyphenation tools read it right. */
  private createDocument(title: string, bufferPages: boolean, lang: Language): PDFKit.PDFDocument {
    const doc = new PDFDocument({
      size: PAGE.size,
      margins: PAGE.margins,
      autoFirstPage: false,
      bufferPages,
      compress: true,
      // The print shop's standard: PDF/A-2b on PDF 1.7, every font embedded, with an output
      // intent; all content is DeviceGray black (no colour operators), so a press prints it
      // with black ink alone.
      pdfVersion: '1.7',
      subset: 'PDF/A-2b',
      info: { Title: title, Producer: 'Kazpost paper cases' },
      lang,
      // null, not undefined: stops pdfkit parsing Helvetica's metrics for every document.
      font: null as unknown as string,
    });
    registerFonts(doc);
    return doc;
  }

  private async letOutputDrain(doc: PDFKit.PDFDocument, out: Writable): Promise<void> {
    while (doc.readableLength + out.writableLength > MAX_PENDING_BYTES && !out.destroyed) {
      // The losing wait is cancelled, or each pause would leave a listener on the stream.
      const waits = new AbortController();
      const { signal } = waits;
      await Promise.race([once(out, 'drain', { signal }), once(out, 'close', { signal })]);
      waits.abort();
    }
  }
}

/** The snapshot's free texts as they should print (printable.ts); codes and dates untouched. */
function printableSnapshot(snapshot: PacketSnapshot): PacketSnapshot {
  // Names and addresses print in the text face only; lesson texts and comments may hold emoji.
  const text = <T>(value: T): T => printableDeep(value, hasGlyph);
  return {
    ...snapshot,
    school: text(snapshot.school),
    student: text(snapshot.student),
    cases: snapshot.cases.map(printableCase),
    teacherFeedback: printableDeep(snapshot.teacherFeedback, hasGlyphOrEmoji),
  };
}

/** A case's texts as they print; its ids (the pictures' too) untouched. */
function printableCase(lessonCase: CaseSnapshot): CaseSnapshot {
  return {
    ...printableDeep(lessonCase, hasGlyphOrEmoji),
    id: lessonCase.id,
    subjectCode: lessonCase.subjectCode,
    ...(lessonCase.images
      ? {
          images: lessonCase.images.map((image) => ({
            ...image,
            caption: printable(image.caption, hasGlyphOrEmoji),
          })),
        }
      : {}),
  };
}
