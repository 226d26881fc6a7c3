import { flowHeight, flowText } from './flow-text';
import { REGULAR } from './fonts';
import { ImageSnapshot } from './packet-snapshot';
import { BOTTOM, CONTENT_WIDTH, ensureSpace, PAGE } from './page';
import { Pictures } from './render-task';

/** A picture's pixels per inch at its natural print size: a small drawing is not blown up. */
const NATURAL_DPI = 150;
/** Centred under the picture, which is centred in the text width. */
const CAPTION = { font: REGULAR, size: 10, width: CONTENT_WIDTH, align: 'center' as const };
const GAP = 6;
/** Room kept beyond the caption's measured height: pdfkit breaks a line that only just fits. */
const SLACK = 12;

/** Where a picture goes: its printed size, never wider than the text nor taller than a page. */
export function pictureBox(
  image: Pick<ImageSnapshot, 'width' | 'height'>,
  maxHeight: number,
): { width: number; height: number } {
  const natural = (image.width * 72) / NATURAL_DPI;
  const scale = Math.min(natural, CONTENT_WIDTH) / image.width;
  const fitted = Math.min(scale, maxHeight / image.height);
  return { width: image.width * fitted, height: image.height * fitted };
}

/**
 * Each picture whole on one page with its caption below, centred in the text width; when it
 * does not fit where the text ends, it moves whole to the next page.
 */
export function drawPictures(
  doc: PDFKit.PDFDocument,
  images: ImageSnapshot[],
  pictures: Pictures,
): void {
  for (const image of images) {
    const captionHeight = flowHeight(doc, image.caption, CAPTION) + SLACK;
    const pageRoom = BOTTOM - PAGE.margins.top - captionHeight - 2 * GAP;
    const box = pictureBox(image, pageRoom);
    ensureSpace(doc, box.height + captionHeight + 2 * GAP);
    const bytes = pictures.get(image.id);
    const top = doc.y + GAP;
    const left = PAGE.margins.left + (CONTENT_WIDTH - box.width) / 2;
    // A file gone from the store leaves its place framed, so the caption still makes sense.
    if (bytes) doc.image(Buffer.from(bytes), left, top, box);
    else doc.lineWidth(0.5).rect(left, top, box.width, box.height).stroke();
    doc.x = PAGE.margins.left;
    doc.y = top + box.height + GAP;
    flowText(doc, image.caption, CAPTION);
    doc.moveDown(0.5);
  }
}
