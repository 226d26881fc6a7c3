/**
 * What a case's picture may be, checked on its bytes (never its name or declared type): a PNG
 * or a JPEG, of at most 2 MB, at most 25 megapixels, at least 100 pixels on each side. No
 * imports: a plain function the upload route and its tests share.
 */
export const PICTURE_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxPixels: 25_000_000,
  minSide: 100,
} as const;

export type PictureFormat = 'png' | 'jpeg';

export interface PictureHeader {
  format: PictureFormat;
  width: number;
  height: number;
}

/** Why a file is refused; the upload route turns each into an error code and words. */
export type PictureProblem =
  'too_large' | 'not_an_image' | 'broken' | 'too_many_pixels' | 'too_small';

export type PictureVerdict =
  | { ok: true; header: PictureHeader }
  | { ok: false; problem: PictureProblem; size?: { width: number; height: number } };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Reads the format and size from the file's own header, and checks the limits. */
export function checkPicture(bytes: Uint8Array): PictureVerdict {
  if (bytes.length > PICTURE_LIMITS.maxBytes) return { ok: false, problem: 'too_large' };
  const header = isPng(bytes)
    ? pngHeader(bytes)
    : isJpeg(bytes)
      ? jpegHeader(bytes)
      : 'not_an_image';
  if (typeof header === 'string') return { ok: false, problem: header };
  const size = { width: header.width, height: header.height };
  if (header.width * header.height > PICTURE_LIMITS.maxPixels)
    return { ok: false, problem: 'too_many_pixels', size };
  if (Math.min(header.width, header.height) < PICTURE_LIMITS.minSide)
    return { ok: false, problem: 'too_small', size };
  return { ok: true, header };
}

function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** The IHDR chunk comes first: width and height as 32-bit big-endian numbers. */
function pngHeader(bytes: Uint8Array): PictureHeader | PictureProblem {
  if (bytes.length < 33) return 'broken';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk !== 'IHDR') return 'broken';
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { format: 'png', width, height } : 'broken';
}

/** Walks the markers to the first start-of-frame, which holds the height and width. */
function jpegHeader(bytes: Uint8Array): PictureHeader | PictureProblem {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return 'broken';
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return 'broken';
      const height = (bytes[at + 5] << 8) | bytes[at + 6];
      const width = (bytes[at + 7] << 8) | bytes[at + 8];
      return width > 0 && height > 0 ? { format: 'jpeg', width, height } : 'broken';
    }
    if (length < 2) return 'broken';
    at += 2 + length;
  }
  return 'broken';
}

/** SOF0-SOF15 but DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
}
