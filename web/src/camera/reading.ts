import { checkS10, normaliseScannedCode } from '@domain/packets/s10';

/** What one camera frame gave: a checked packet code, a misread one, or nothing. */
export type FrameRead =
  { kind: 'code'; code: string } | { kind: 'misread'; code: string } | { kind: 'nothing' };

/**
 * Judges the texts a decoder found in one frame: the first with a valid S10 shape and check
 * digit wins; a text that fails them is a misread (told to the clerk, never recorded).
 */
export function judgeFrame(texts: readonly string[]): FrameRead {
  const codes = texts.map(normaliseScannedCode).filter(Boolean);
  const valid = codes.find((code) => checkS10(code).valid);
  if (valid) return { kind: 'code', code: valid };
  return codes.length > 0 ? { kind: 'misread', code: codes[0] } : { kind: 'nothing' };
}
