import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { checkPicture, PICTURE_LIMITS, PictureHeader, PictureVerdict } from './picture-check';

/** The widest and tallest a prepared picture is kept: about 250 dpi across the A4 text width. */
export const PRINT_PIXELS = { width: 1600, height: 2300 } as const;

export interface PreparedPicture {
  /** An 8-bit greyscale PNG without transparency: pdfkit embeds its data as it is. */
  png: Uint8Array;
  width: number;
  height: number;
}

export type PrepareResult =
  { ok: true; picture: PreparedPicture } | Extract<PictureVerdict, { ok: false }>;

/**
 * Checks a picture on its header, decodes it whole (a truncated or damaged file fails here),
 * and makes it print-ready once: grey, on white where it was transparent, no larger than
 * print needs. Packets then embed the result without decoding anything again.
 */
export function preparePicture(bytes: Uint8Array): PrepareResult {
  const verdict = checkPicture(bytes);
  if (!verdict.ok) return verdict;
  const rgba = decodeWhole(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    verdict.header,
  );
  if (!rgba) return { ok: false, problem: 'broken' };
  const grey = scaledDown(
    greyOnWhite(rgba.data, rgba.width * rgba.height),
    rgba.width,
    rgba.height,
  );
  const png = new PNG({
    width: grey.width,
    height: grey.height,
    colorType: 0,
    inputColorType: 0,
    bitDepth: 8,
  });
  png.data = Buffer.from(grey.data.buffer, grey.data.byteOffset, grey.data.byteLength);
  const encoded = PNG.sync.write(png, { colorType: 0, inputColorType: 0, bitDepth: 8 });
  return { ok: true, picture: { png: encoded, width: grey.width, height: grey.height } };
}

interface Raster {
  width: number;
  height: number;
  data: Uint8Array;
}

function decodeWhole(bytes: Buffer, header: PictureHeader): Raster | undefined {
  try {
    const raster =
      header.format === 'png'
        ? PNG.sync.read(bytes)
        : decodeJpeg(bytes, {
            useTArray: true,
            formatAsRGBA: true,
            tolerantDecoding: false,
            maxResolutionInMP: PICTURE_LIMITS.maxPixels / 1e6,
          });
    // The header must describe the pixels really there.
    if (raster.width !== header.width || raster.height !== header.height) return undefined;
    return { width: raster.width, height: raster.height, data: raster.data };
  } catch {
    return undefined;
  }
}

/** Luma (ITU-R BT.601) of each pixel, laid on white paper by its transparency. */
function greyOnWhite(rgba: Uint8Array, pixels: number): Uint8Array {
  const grey = new Uint8Array(pixels);
  for (let i = 0, p = 0; p < pixels; p++, i += 4) {
    const luma = 0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2];
    const alpha = rgba[i + 3] / 255;
    grey[p] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return grey;
}

/** Averages blocks of pixels down to the print size; a smaller picture is kept as it is. */
function scaledDown(grey: Uint8Array, width: number, height: number): Raster {
  const scale = Math.min(1, PRINT_PIXELS.width / width, PRINT_PIXELS.height / height);
  if (scale === 1) return { width, height, data: grey };
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor((y * height) / h);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * height) / h));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor((x * width) / w);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * width) / w));
      let sum = 0;
      for (let sy = y0; sy < y1; sy++)
        for (let sx = x0; sx < x1; sx++) sum += grey[sy * width + sx];
      out[y * w + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width: w, height: h, data: out };
}
