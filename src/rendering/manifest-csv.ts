import { formatPhone } from '@/directory/phone';
import { formatPostcode } from '@/directory/postcode';
import { ManifestRow } from './manifest-layout';
import { Texts } from './texts';

/**
 * UTF-8 with BOM and semicolons: what Excel in a Kazakh or Russian locale opens as columns.
 * Headers in the reader's language; postcodes and phones as text cells, so Excel keeps
 * 041011 as 041011 and does not turn a phone into a number.
 */
export function manifestCsv(rows: ManifestRow[], texts: Texts): string {
  const header = [
    texts.manifestNo,
    texts.manifestCode,
    texts.manifestRecipient,
    texts.manifestDelivery,
    texts.manifestPostcode,
    texts.manifestOffice,
    texts.manifestAddress,
    texts.phone,
  ].map(csvCell);
  const lines = rows.map((r) => [
    String(r.no),
    csvCell(r.code),
    csvCell(r.recipient),
    csvCell(r.delivery === 'door' ? texts.manifestDoor : texts.manifestPickup),
    textCell(formatPostcode(r.postcode)),
    csvCell(r.office),
    csvCell(r.address),
    textCell(formatPhone(r.phone)),
  ]);
  return `\uFEFF${[header, ...lines].map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

/**
 * Quotes when needed. A cell Excel could run as a formula (leading = @ tab, or + - followed by
 * more than a number, like a phone) is prefixed with an apostrophe.
 */
export function csvCell(value: string): string {
  const formula = /^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && !/^[+-][\d ]+$/.test(value));
  const safe = formula ? `'${value}` : value;
  return /[;"\r\n,]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell Excel keeps as typed (="041011"); only digits, letters, spaces and + get here. */
export function textCell(value: string): string {
  const plain = value.replace(/[^\p{L}\p{N} +]/gu, '');
  return `"=""${plain}"""`;
}
