import { DomainError, fail } from '@/common/errors/domain-error';
import { PICTURE_LIMITS, PictureProblem } from '@/rendering/picture-check';

/** A refused picture in words a teacher can act on, with its code. */
export function pictureRefusal(
  problem: PictureProblem,
  bytes: number,
  size?: { width: number; height: number },
): DomainError {
  const mb = PICTURE_LIMITS.maxBytes / (1024 * 1024);
  switch (problem) {
    case 'too_large':
      return fail(
        'case_image.too_large',
        `The picture is ${(bytes / (1024 * 1024)).toFixed(1)} MB; at most ${mb} MB is taken. Save it smaller or as JPEG.`,
        { bytes, maxBytes: PICTURE_LIMITS.maxBytes },
      );
    case 'not_an_image':
      return fail(
        'case_image.not_an_image',
        'The file is not a PNG or JPEG picture, whatever its name says. Save the drawing or photo as PNG or JPEG.',
      );
    case 'broken':
      return fail(
        'case_image.broken',
        'The picture is damaged or cut short and cannot be read whole. Save it again and send it once more.',
      );
    case 'too_many_pixels':
      return fail(
        'case_image.too_many_pixels',
        `The picture has more than ${PICTURE_LIMITS.maxPixels / 1e6} megapixels; make it smaller (a drawing for A4 needs about 2000 pixels across).`,
        { ...size, maxPixels: PICTURE_LIMITS.maxPixels },
      );
    case 'too_small':
      return fail(
        'case_image.too_small',
        `The picture is under ${PICTURE_LIMITS.minSide} pixels on a side and would print as a smudge; use a larger one.`,
        { ...size, minSide: PICTURE_LIMITS.minSide },
      );
  }
}
