import PDFDocument from 'pdfkit';
import { BOLD, REGULAR, registerFonts } from './fonts';
import { BOTTOM, heading, PAGE } from './page';

function documentNearBottom(spaceLeft: number): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    autoFirstPage: false,
    bufferPages: true,
  });
  registerFonts(doc);
  doc.addPage();
  doc.y = BOTTOM - spaceLeft;
  return doc;
}

const pages = (doc: PDFKit.PDFDocument): number => doc.bufferedPageRange().count;

describe('heading', () => {
  it('moves to the next page rather than stand alone at the foot of one', () => {
    const doc = documentNearBottom(40);
    heading(doc, 'Кері байланыс', BOLD, REGULAR, 'Бірінші жол. '.repeat(30));
    expect(pages(doc)).toBe(2);
  });

  it('keeps a short closing block on the page where it fits', () => {
    const doc = documentNearBottom(40);
    heading(doc, 'Кері байланыс', BOLD, REGULAR, 'Бір жол.');
    expect(pages(doc)).toBe(1);
  });
});
