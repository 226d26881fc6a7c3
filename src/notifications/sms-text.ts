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

/** Letters of a name a text may carry: no link, number or word the staff chose goes out. */
const NAME_LETTERS = 12;

/**
 * The text a message goes out with, always one SMS segment: the pupil named by the letters of
 * their given name (at most 12), shortened further if the text would take a second segment.
 */
export function messageText(
  kind: NotificationKind,
  language: Language,
  params: Record<string, string | number>,
): string {
  const name = smsName(String(params.pupil ?? ''));
  for (let letters = name.length; letters >= 0; letters--) {
    const text = smsText(kind, language, {
      ...params,
      pupil: [...name].slice(0, letters).join(''),
    });
    if (smsSize(text).segments === 1 || letters === 0) return oneSegment(text);
  }
  return '';
}

/** The given name as letters only ("bit.ly/prize-kz" is "bitlyprizekz"), at most 12 of them. */
export function smsName(fullName: string): string {
  const letters = givenName(fullName).replace(/[^\p{L}]/gu, '');
  return [...letters].slice(0, NAME_LETTERS).join('');
}

/** Cut to one segment, should a template itself be too long (a test keeps them short). */
function oneSegment(text: string): string {
  const size = smsSize(text);
  if (size.segments === 1) return text;
  return size.encoding === 'gsm7' ? text.slice(0, 160) : [...text].slice(0, 69).join('');
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
