import { encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';

/** A coloured test picture: a red frame, a blue diagonal and a green disc on white. */
function drawing(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4, 255);
  const r = Math.min(width, height) / 4;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const frame = x < 6 || y < 6 || x >= width - 6 || y >= height - 6;
      const diagonal = Math.abs(x / width - y / height) < 0.01;
      const disc = (x - width / 2) ** 2 + (y - height / 2) ** 2 < r * r;
      if (frame) data.set([220, 30, 30], i);
      else if (diagonal) data.set([20, 40, 200], i);
      else if (disc) data.set([30, 160, 60], i);
    }
  return data;
}

export function pngPicture(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data = drawing(width, height);
  return PNG.sync.write(png);
}

export function jpegPicture(width: number, height: number, quality = 85): Buffer {
  return encodeJpeg({ width, height, data: drawing(width, height) }, quality).data;
}

/** A JPEG of noise: it compresses badly, so a modest size passes 2 MB. */
export function noisyJpeg(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
  return encodeJpeg({ width, height, data }, 100).data;
}

export const SVG_PICTURE = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><script>alert(1)</script><circle r="50"/></svg>',
);

/** The start of a Linux executable (ELF), as a file named picture.png would carry it. */
export const EXECUTABLE = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(400, 0x90),
]);
