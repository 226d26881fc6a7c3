import { fail } from '@/common/errors/domain-error';
import { checkS10, normaliseScannedCode } from './s10';

/** Normalises scanner input and rejects what cannot be an S10 code before any lookup. */
export function validCode(rawCode: string): string {
  const checked = checkS10(normaliseScannedCode(rawCode));
  if (checked.valid) return checked.code;
  if (checked.reason === 'check_digit') {
    throw fail(
      'packet.code_check_digit',
      `${checked.code} has a wrong check digit: the code was misread or mistyped. Scan it again.`,
      { reason: 'check_digit' },
    );
  }
  throw fail(
    'packet.code_format',
    `"${rawCode}" is not a postal item code like RR123456785KZ (2 letters, 9 digits, KZ).`,
    { reason: 'format' },
  );
}
