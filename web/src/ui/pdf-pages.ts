import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * Draws every page of a PDF as canvases in `into`, each as wide as the container: pages as the
 * pupil will hold them, not a browser viewer shrunk to a fraction of its size. pdf.js comes in
 * a file of its own, loaded the first time a preview is drawn; its worker is bundled by Vite.
 */
export async function drawPdfPages(
  data: ArrayBuffer,
  into: HTMLElement,
  pageLabel: (page: number, pages: number) => string,
): Promise<void> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const document = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  try {
    const width = into.clientWidth || 600;
    const canvases: HTMLCanvasElement[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const scale = (width / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', pageLabel(number, document.numPages));
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
    }
    into.replaceChildren(...canvases);
  } finally {
    await document.destroy();
  }
}
