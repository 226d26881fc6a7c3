import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { judgeFrame, type FrameRead } from './reading';

/** Finds the texts of the Code 128 barcodes in one picture. */
export type Decoder = (image: ImageData) => Promise<string[]>;

interface BarcodeDetectorLike {
  detect(image: ImageData): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** The browser's own BarcodeDetector, where it exists and reads Code 128 (Android's Chrome). */
export async function browserDecoder(): Promise<Decoder | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector || !(await Detector.getSupportedFormats()).includes('code_128')) return undefined;
  const detector = new Detector({ formats: ['code_128'] });
  return async (image) => (await detector.detect(image)).map((found) => found.rawValue);
}

/**
 * ZXing compiled to WebAssembly, loaded on first use from the app's own build (never a CDN:
 * counters may sit on a closed network), for browsers without BarcodeDetector.
 */
export async function wasmDecoder(): Promise<Decoder> {
  const zxing = await import('zxing-wasm/reader');
  zxing.prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? wasmUrl : prefix + path,
    },
  });
  return async (image) =>
    (await zxing.readBarcodes(image, { formats: ['Code128'], tryHarder: true }))
      .filter((result) => result.isValid)
      .map((result) => result.text);
}

/** The browser's decoder where it can read Code 128, ZXing's elsewhere. */
export async function bestDecoder(): Promise<Decoder> {
  return (await browserDecoder()) ?? wasmDecoder();
}

/** One picture in, a checked packet code (or a misread, or nothing) out. */
export async function readFrame(decode: Decoder, image: ImageData): Promise<FrameRead> {
  return judgeFrame(await decode(image));
}
