/** A text to draw in a box: the largest size from `size` down to `minSize` at which it fits. */
export interface FittedText {
  text: string;
  font: string;
  size: number;
  minSize: number;
  width: number;
  /** The most height the text may take. */
  height: number;
  align?: 'left' | 'center' | 'right';
}

/**
 * Draws the text at the largest size that fits its box; what still does not fit at the
 * smallest size is cut with an ellipsis, never drawn over what lies below. Returns the
 * height used and whether the text was cut.
 */
export function drawFitted(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  fit: FittedText,
): { height: number; cut: boolean } {
  const options = { width: fit.width, align: fit.align ?? 'left' };
  for (let size = fit.size; size >= fit.minSize; size -= 0.5) {
    doc.font(fit.font).fontSize(size);
    const height = doc.heightOfString(fit.text, options);
    if (height <= fit.height) {
      doc.text(fit.text, x, y, options);
      return { height, cut: false };
    }
  }
  doc.font(fit.font).fontSize(fit.minSize);
  const lines = Math.max(1, Math.floor(fit.height / doc.currentLineHeight(true)));
  const height = lines * doc.currentLineHeight(true);
  doc.text(fit.text, x, y, { ...options, height, ellipsis: true });
  return { height, cut: true };
}

/** One line that never wraps: shortened with an ellipsis to the width (running headers). */
export function oneLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}
