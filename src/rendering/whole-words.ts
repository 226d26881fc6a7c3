/**
 * The largest size, from `size` down to `minSize` in half points, at which every word of the
 * text fits the width, so a line breaks only between words, never inside a name.
 */
export function wholeWordsSize(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  size: number,
  minSize: number,
  width: number,
): number {
  doc.font(font).fontSize(size);
  const widest = Math.max(...text.split(/[ \t\n\u200b]+/).map((word) => doc.widthOfString(word)));
  if (widest <= width) return size;
  return Math.max(minSize, Math.floor((size * width * 2) / widest) / 2);
}
