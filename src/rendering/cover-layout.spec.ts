import PDFDocument from 'pdfkit';
import { coverTitle } from './cover-layout';
import { registerFonts } from './fonts';
import { PAGE } from './page';

function document(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: PAGE.size, margins: PAGE.margins, autoFirstPage: false });
  registerFonts(doc);
  return doc;
}

describe('the cover title', () => {
  it('is one line with its separator when it fits', () => {
    expect(coverTitle(document(), ['Окуу кейси', 'Класс\u00a05 А'])).toBe(
      'Окуу кейси · Класс\u00a05 А',
    );
  });

  it('puts each part on its own line when it does not, leaving no "·" at a line end', () => {
    const title = coverTitle(document(), ['Учебный кейс', 'Класс\u00a05 А']);
    expect(title).toBe('Учебный кейс\nКласс\u00a05 А');
    expect(title.split('\n').some((line) => /[·.]\s*$/.test(line))).toBe(false);
  });
});
