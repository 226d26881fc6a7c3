import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The size of a fake camera's frames: a phone camera's 720p. */
export const FRAME = { width: 1280, height: 720 };

/** What a phone does to a printed code: tilt, a skewed view, blur, noise, dull light, JPEG. */
export interface PhotoFlaws {
  rotate: number;
  /** How far the far edge's corners move in, as a share of the width (a view from aside). */
  skew: number;
  blur: number;
  /** ImageMagick's +level: black comes out this grey, white this grey (per cent). */
  contrast: [number, number];
  noise: number;
  jpegQuality: number;
}

export const PHONE_PHOTO: PhotoFlaws = {
  rotate: 4,
  skew: 0.06,
  blur: 1.2,
  contrast: [22, 82],
  noise: 0.5,
  jpegQuality: 40,
};

/** A part of a PDF page (in points from the top left) rendered as a greyscale PNG. */
export async function rasterArea(
  pdf: Buffer,
  page: number,
  area: { x: number; y: number; width: number; height: number },
  dpi = 200,
): Promise<Buffer> {
  const px = (points: number) => String(Math.round((points * dpi) / 72));
  return inTemp(async (dir) => {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const crop = ['-x', px(area.x), '-y', px(area.y), '-W', px(area.width), '-H', px(area.height)];
    const pages = ['-f', String(page), '-l', String(page), '-singlefile'];
    await run('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      ...pages,
      ...crop,
      '-png',
      join(dir, 'in.pdf'),
      join(dir, 'page'),
    ]);
    return readFile(join(dir, 'page.png'));
  });
}

/** The picture as a phone would photograph it, framed in a 720p frame, as a JPEG. */
export async function photograph(image: Buffer, flaws: PhotoFlaws = PHONE_PHOTO): Promise<Buffer> {
  return inTemp(async (dir) => {
    await writeFile(join(dir, 'in.png'), image);
    const { stdout } = await run('identify', ['-format', '%w %h', join(dir, 'in.png')]);
    const [w, h] = stdout.split(' ').map(Number);
    const d = Math.round(w * flaws.skew);
    const corners = `0,0 ${d},${d}  ${w},0 ${w - d},0  0,${h} 0,${h}  ${w},${h} ${w - d},${h - d}`;
    const frame = `${FRAME.width - 100}x${FRAME.height - 60}`;
    await run('convert', [
      join(dir, 'in.png'),
      ...['-colorspace', 'Gray', '-virtual-pixel', 'White', '-distort', 'Perspective', corners],
      ...['-background', 'white', '-rotate', String(flaws.rotate)],
      ...['-resize', frame, '-gravity', 'center', '-background', 'gray60'],
      ...['-extent', `${FRAME.width}x${FRAME.height}`],
      ...['-blur', `0x${flaws.blur}`, '+level', `${flaws.contrast[0]}%,${flaws.contrast[1]}%`],
      ...['-attenuate', String(flaws.noise), '+noise', 'Gaussian', '-colorspace', 'Gray'],
      ...['-quality', String(flaws.jpegQuality), join(dir, 'photo.jpg')],
    ]);
    return readFile(join(dir, 'photo.jpg'));
  });
}

/**
 * One still frame as a YUV4MPEG2 file, which Chromium's fake camera plays in a loop
 * (--use-file-for-fake-video-capture): the grey picture as luma, no colour.
 */
export async function stillVideo(jpeg: Buffer): Promise<Buffer> {
  return inTemp(async (dir) => {
    await writeFile(join(dir, 'in.jpg'), jpeg);
    const size = `${FRAME.width}x${FRAME.height}!`;
    const { stdout } = await run(
      'convert',
      [join(dir, 'in.jpg'), '-resize', size, '-colorspace', 'Gray', '-depth', '8', 'gray:-'],
      { encoding: 'buffer', maxBuffer: 16 * 2 ** 20 },
    );
    const header = `YUV4MPEG2 W${FRAME.width} H${FRAME.height} F30:1 Ip A1:1 C420jpeg\nFRAME\n`;
    const chroma = Buffer.alloc((FRAME.width / 2) * (FRAME.height / 2) * 2, 128);
    return Buffer.concat([Buffer.from(header), stdout, chroma]);
  });
}

async function inTemp<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'kazpost-photo-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
