import { PAGE } from './page';

/**
 * Every pupil of a dispatch gets the same case pages; only the running header and page number
 * differ. Laying out text is most of a print run's work, so a case is laid out once per
 * document: its pages' drawing is kept as PDF form XObjects and every later packet's case
 * pages show those forms (the PDF's own way to reuse a drawing), then get their own headers.
 * The pages look exactly the same; the file is smaller too.
 */
interface Form {
  name: string;
  ref: PDFKit.PDFKitReference;
}

interface Page {
  content: { buffer: Uint8Array[] };
  resources: { data: Record<string, unknown> };
  xobjects: Record<string, unknown>;
}

const memos = new WeakMap<PDFKit.PDFDocument, Map<string, Form[]>>();
let formCount = 0;

/** Draws pages with `draw` the first time `key` is seen in the document, shows them again after. */
export function drawOnce(doc: PDFKit.PDFDocument, key: string, draw: () => void): void {
  let memo = memos.get(doc);
  if (!memo) memos.set(doc, (memo = new Map<string, Form[]>()));
  const forms = memo.get(key);
  if (forms) {
    for (const form of forms) showForm(doc, form);
    return;
  }
  const pages = (doc as unknown as { _pageBuffer: Page[] })._pageBuffer;
  const first = pages.length;
  draw();
  memo.set(
    key,
    pages.slice(first).map((page) => formOf(doc, page)),
  );
}

/** The page's drawing (after pdfkit's own first operator, the flip to top-down coordinates). */
function formOf(doc: PDFKit.PDFDocument, page: Page): Form {
  const ref = doc.ref({
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, PAGE.width, PAGE.height],
    Resources: { ...page.resources.data },
  });
  ref.end(Buffer.concat(page.content.buffer.slice(1)));
  return { name: `Fm${++formCount}`, ref };
}

function showForm(doc: PDFKit.PDFDocument, form: Form): void {
  doc.addPage();
  const page = (doc as unknown as { page: Page }).page;
  page.xobjects[form.name] = form.ref;
  (doc as unknown as { addContent(data: string): void }).addContent(`/${form.name} Do`);
}
