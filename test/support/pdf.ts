import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Response } from 'superagent';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { projectRoot } from '../../src/common/paths';

const run = promisify(execFile);

/**
 * What a reader sees: the text poppler's pdftotext extracts, whitespace folded, without the
 * invisible word joiners that keep hyphenated words from breaking.
 */
export async function pdfText(
  pdf: Buffer,
  pages?: { first: number; last: number },
): Promise<string> {
  return withFile(pdf, async (file) => {
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], {
      maxBuffer: 64 * 2 ** 20,
    });
    return stdout.replace(/\u2060/g, '').replace(/\s+/g, ' ');
  });
}

export async function pdfPageCount(pdf: Buffer): Promise<number> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
  });
}

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in points from the page's top left (poppler's pdftotext -bbox). */
export async function pdfWordBoxes(pdf: Buffer): Promise<WordBox[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 2 ** 20,
    });
    const words: WordBox[] = [];
    let page = 0;
    for (const line of stdout.split('\n')) {
      if (line.includes('<page ')) page++;
      const match =
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
          line,
        );
      if (match)
        words.push({
          page,
          text: match[5],
          xMin: Number(match[1]),
          yMin: Number(match[2]),
          xMax: Number(match[3]),
          yMax: Number(match[4]),
        });
    }
    return words;
  });
}

/** Saves pages as PNG in test/artifacts (name-1.png, …), to look at as a printer prints them. */
export async function savePages(
  pdf: Buffer,
  name: string,
  pages = { first: 1, last: 1 },
): Promise<void> {
  const artifacts = join(projectRoot(), 'test', 'artifacts');
  await mkdir(artifacts, { recursive: true });
  await withFile(pdf, (file) =>
    run('pdftoppm', [
      '-r',
      '80',
      '-f',
      String(pages.first),
      '-l',
      String(pages.last),
      '-png',
      file,
      join(artifacts, name),
    ]),
  );
}

export interface PdfImage {
  page: number;
  width: number;
  height: number;
  /** gray, rgb, cmyk… as the PDF declares the image's colours. */
  color: string;
  bitsPerComponent: number;
}

/** The pictures placed on each page of a PDF (poppler's pdfimages -list), masks left out. */
export async function pdfImages(pdf: Buffer): Promise<PdfImage[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdfimages', ['-list', file]);
    return stdout
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cells) => cells.length > 8 && cells[2] === 'image')
      .map((cells) => ({
        page: Number(cells[0]),
        width: Number(cells[3]),
        height: Number(cells[4]),
        color: cells[5],
        bitsPerComponent: Number(cells[7]),
      }));
  });
}

/** The names of the fonts embedded in a PDF (poppler's pdffonts). */
export async function pdfFontNames(pdf: Buffer): Promise<string[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdffonts', [file]);
    return stdout
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/)[0])
      .filter(Boolean);
  });
}

let zxingReady: Promise<unknown> | undefined;

/** ZXing's WebAssembly from the installed package, loaded once and awaited before any read. */
function zxing(): Promise<unknown> {
  zxingReady ??= readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).then((wasm) =>
    prepareZXingModule({
      overrides: {
        wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
      },
      fireImmediately: true,
    }),
  );
  return zxingReady;
}

/**
 * What a scanner sees: pages rendered as a printer would (pdftoppm), decoded by ZXing. 200 dpi,
 * as a cheap scanner images: at 150 dpi a 0.38 mm bar falls on 2 or 3 pixels by chance, and
 * ZXing misses some codes that zbar reads (the degraded-print test covers 150 dpi with zbar).
 */
export async function decodeBarcodes(pdf: Buffer, page: number, dpi = 200): Promise<string[]> {
  return (await locateBarcodes(pdf, page, dpi)).map((code) => code.text);
}

export interface FoundBarcode {
  text: string;
  /** Where ZXing read it, in points from the page's top left. */
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every Code 128 ZXing reads on a page, with where it read it. */
export async function locateBarcodes(
  pdf: Buffer,
  page: number,
  dpi = 200,
): Promise<FoundBarcode[]> {
  await zxing();
  return withFile(pdf, async (file, dir) => {
    await run('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      '-f',
      String(page),
      '-l',
      String(page),
      '-png',
      file,
      join(dir, 'page'),
    ]);
    const [png] = (await readdir(dir)).filter((f) => f.startsWith('page'));
    const results = await readBarcodes(new Uint8Array(await readFile(join(dir, png))), {
      formats: ['Code128'],
      maxNumberOfSymbols: 64,
    });
    const points = 72 / dpi;
    return results
      .filter((r) => r.isValid)
      .map((r) => {
        const corners = Object.values(r.position) as { x: number; y: number }[];
        const xs = corners.map((c) => c.x * points);
        const ys = corners.map((c) => c.y * points);
        return {
          text: r.text,
          xMin: Math.min(...xs),
          xMax: Math.max(...xs),
          yMin: Math.min(...ys),
          yMax: Math.max(...ys),
        };
      });
  });
}

/** Debian's ImageMagick (a stand-in named convert may come first on the PATH). */
const IMAGEMAGICK = '/usr/bin/convert-im6.q16';

/** How much toner spreads (blur, pixels) and where the scan is cut to 1 bit (threshold, %). */
export interface DegradedSetting {
  blur: number;
  threshold: number;
}

/**
 * Fifteen prints, from a sharp one cut thin to a smeared one cut fat: thresholds above 60 %
 * (the middle of a print faded to 20 % grey) fatten the bars as ink spread does, 50 % thins them.
 */
export const DEGRADED_SETTINGS: DegradedSetting[] = [0.7, 1.0, 1.3].flatMap((blur) =>
  [50, 60, 65, 70, 75].map((threshold) => ({ blur, threshold })),
);

/**
 * What a cheap printer and a tired scanner see: the page at `dpi`, turned 2 degrees, blurred as
 * spreading toner blurs it, faded by a fifth, then cut to pure black and white (1 bit); decoded
 * by zbar, an independent decoder. Returns, for each setting, every Code 128 read.
 */
export async function decodeDegraded(
  pdf: Buffer,
  page: number,
  options: { dpi?: number; settings?: DegradedSetting[]; area?: Area } = {},
): Promise<{ setting: DegradedSetting; codes: string[] }[]> {
  const settings = options.settings ?? DEGRADED_SETTINGS;
  const dpi = options.dpi ?? 150;
  return withFile(pdf, async (file, dir) => {
    const base = join(dir, 'page');
    const range = ['-f', String(page), '-l', String(page)];
    await run('pdftoppm', [
      ...['-r', String(dpi), '-gray', ...range, ...crop(options.area, dpi)],
      ...['-singlefile', '-png', file, base],
    ]);
    const image = (setting: DegradedSetting): string =>
      join(dir, `degraded-${setting.blur}-${setting.threshold}.png`);
    // One ImageMagick run turns the page once, blurs it once per blur and cuts every setting's
    // image from that.
    const blurs = [...new Set(settings.map((setting) => setting.blur))];
    const steps = blurs.flatMap((blur) => [
      ...['(', 'mpr:turned', '-blur', `0x${blur}`, '-fill', 'white', '-colorize', '20%'],
      ...settings
        .filter((setting) => setting.blur === blur)
        .flatMap((setting) => [
          ...['(', '+clone', '-threshold', `${setting.threshold}%`, '-monochrome'],
          ...['-write', image(setting), '+delete', ')'],
        ]),
      ')',
    ]);
    await run(IMAGEMAGICK, [
      `${base}.png`,
      ...['-background', 'white', '-rotate', '2', '-write', 'mpr:turned', '+delete'],
      ...steps,
      'null:',
    ]);
    const read = [];
    for (const setting of settings) read.push({ setting, codes: await zbar(image(setting)) });
    return read;
  });
}

/** Part of a page, in points from its top left corner. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** pdftoppm's options to draw only `area` (the degraded images then cost a fraction). */
function crop(area: Area | undefined, dpi: number): string[] {
  if (!area) return [];
  const px = (points: number) => String(Math.round((points * dpi) / 72));
  return ['-x', px(area.x), '-y', px(area.y), '-W', px(area.width), '-H', px(area.height)];
}

/** The codes zbar reads from the page at `dpi` as pdftoppm draws it, undamaged. */
export async function decodeClean(pdf: Buffer, page: number, dpi: number): Promise<string[]> {
  return withFile(pdf, async (file, dir) => {
    const base = join(dir, 'page');
    const range = ['-f', String(page), '-l', String(page)];
    await run('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      ...range,
      '-singlefile',
      '-png',
      file,
      base,
    ]);
    return zbar(`${base}.png`);
  });
}

async function zbar(image: string): Promise<string[]> {
  const { stdout } = await run('zbarimg', [
    '--quiet',
    '--raw',
    '-Sdisable',
    '-Scode128.enable',
    image,
  ]).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return stdout.split('\n').filter(Boolean);
}

async function withFile<T>(
  pdf: Buffer,
  use: (file: string, dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'kazpost-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** supertest parser that keeps a binary body as a Buffer. */
export function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
  stream.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
}
