import PDFDocument from 'pdfkit';
import { registerFonts } from '../src/rendering/fonts';
import { pdfText } from './support/pdf';

/** A PDF of the given lines, made the way the renderer makes its documents. */
function pdfOf(lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  registerFonts(doc);
  for (const line of lines) doc.text(line);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc.end();
  return done;
}

/** The text a reader copies or searches is the text we printed, letter for letter. */
describe('PDF text layer (e2e)', () => {
  it('keeps the letters a ligature joins: "Office" reads "Office", in every document', async () => {
    const words = ['Village office', 'fifty affine flow', 'Зат есімнің септелуі mx6gfcofi76f3'];
    // The second document shares the fonts, and the glyphs the first one cached.
    const texts = [await pdfText(await pdfOf(words)), await pdfText(await pdfOf(words))];
    for (const text of texts) for (const word of words) expect(text).toContain(word);
  });
});
