import { PNG } from 'pngjs';
import {
  EXECUTABLE,
  jpegPicture,
  noisyJpeg,
  pngPicture,
  SVG_PICTURE,
} from '../../test/support/pictures';
import { checkPicture, PICTURE_LIMITS } from './picture-check';
import { preparePicture, PRINT_PIXELS } from './picture-prepare';

const problem = (bytes: Uint8Array) => {
  const result = preparePicture(bytes);
  return result.ok ? 'ok' : result.problem;
};

describe('a case picture', () => {
  it('reads the format and size from the header, whatever the name', () => {
    expect(checkPicture(pngPicture(320, 200))).toEqual({
      ok: true,
      header: { format: 'png', width: 320, height: 200 },
    });
    expect(checkPicture(jpegPicture(300, 240))).toEqual({
      ok: true,
      header: { format: 'jpeg', width: 300, height: 240 },
    });
  });

  it('is refused when it is not a PNG or JPEG: text, SVG, an executable', () => {
    expect(problem(Buffer.from('just text, named picture.png'))).toBe('not_an_image');
    expect(problem(SVG_PICTURE)).toBe('not_an_image');
    expect(problem(EXECUTABLE)).toBe('not_an_image');
    expect(problem(Buffer.alloc(0))).toBe('not_an_image');
  });

  it('is refused when truncated or damaged', () => {
    const png = pngPicture(300, 300);
    expect(problem(png.subarray(0, Math.floor(png.length / 2)))).toBe('broken');
    expect(problem(png.subarray(0, 20))).toBe('broken');
    const jpeg = jpegPicture(300, 300);
    expect(problem(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBe('broken');
    const damaged = Buffer.from(jpeg);
    damaged.fill(0x00, 200, 260);
    expect(problem(damaged)).toBe('broken');
  });

  it('is refused over the byte and pixel limits, and under the smallest size', () => {
    const heavy = noisyJpeg(1000, 900);
    expect(heavy.length).toBeGreaterThan(PICTURE_LIMITS.maxBytes);
    expect(problem(heavy)).toBe('too_large');
    // A plain drawing of 26 megapixels is small in bytes but too many pixels.
    const huge = new PNG({ width: 6500, height: 4000 });
    huge.data.fill(255);
    const hugeBytes = PNG.sync.write(huge);
    expect(hugeBytes.length).toBeLessThan(PICTURE_LIMITS.maxBytes);
    expect(problem(hugeBytes)).toBe('too_many_pixels');
    expect(problem(pngPicture(99, 400))).toBe('too_small');
    expect(problem(pngPicture(100, 100))).toBe('ok');
  });

  it('is made grey, opaque and no larger than print needs', () => {
    const result = preparePicture(jpegPicture(3200, 1000));
    if (!result.ok) throw new Error(result.problem);
    expect(result.picture).toMatchObject({ width: PRINT_PIXELS.width, height: 500 });
    const png = PNG.sync.read(Buffer.from(result.picture.png), { skipRescale: true });
    expect(png.colorType).toBe(0);
    expect(png.alpha).toBe(false);
    // The red frame came out as a mid grey, not black or white.
    expect(png.data[0]).toBeGreaterThan(60);
    expect(png.data[0]).toBeLessThan(140);
  });

  it('keeps a small picture at its own size, transparency laid on white', () => {
    const clear = new PNG({ width: 120, height: 120 });
    clear.data.fill(0);
    const result = preparePicture(PNG.sync.write(clear));
    if (!result.ok) throw new Error(result.problem);
    expect(result.picture).toMatchObject({ width: 120, height: 120 });
    expect(PNG.sync.read(Buffer.from(result.picture.png)).data[0]).toBe(255);
  });
});
