import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '@/common/paths';
import { Language, LANGUAGES } from '@/directory/classes/class-language';
import { fill } from '@/rendering/texts';
import { NotificationKind } from './notification-kinds';

type SmsTemplates = Record<NotificationKind, string>;
let loaded: Record<Language, SmsTemplates> | undefined;

/** The message for a kind in the class's language, from templates/sms/<language>.json. */
export function smsText(
  kind: NotificationKind,
  language: Language,
  params: Record<string, string | number>,
): string {
  loaded ??= Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      JSON.parse(readFileSync(join(templatesDir(), 'sms', `${lang}.json`), 'utf8')) as SmsTemplates,
    ]),
  ) as Record<Language, SmsTemplates>;
  return fill(loaded[language][kind], params);
}

/** The text a message goes out with: the pupil named by their given name, as families say it. */
export function messageText(
  kind: NotificationKind,
  language: Language,
  params: Record<string, string | number>,
): string {
  return smsText(kind, language, { ...params, pupil: givenName(String(params.pupil ?? '')) });
}

// The GSM 03.38 default alphabet (and its extension table, two septets each).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

export interface SmsSize {
  encoding: 'gsm7' | 'ucs2';
  /** Characters as the phone counts them (septets for GSM 7-bit). */
  units: number;
  segments: number;
}

/**
 * How many SMS segments a text takes: Latin text fits 160 GSM characters in one, Cyrillic
 * (Kazakh, Russian, Kyrgyz) 70 UCS-2 characters; a longer text is split into parts of 153 or
 * 67, each billed as one message.
 */
export function smsSize(text: string): SmsSize {
  const chars = [...text];
  if (chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c))) {
    const units = chars.reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0);
    return { encoding: 'gsm7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  // UCS-2 counts UTF-16 code units: a character outside the BMP takes two.
  const units = text.length;
  return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** "Әлиев Нұрсұлтан Ерланұлы" -> "Нұрсұлтан": rosters list the surname first. */
export function givenName(fullName: string): string {
  const parts = fullName.split(/\s+/).filter(Boolean);
  return parts[1] ?? parts[0] ?? '';
}
