import { ManifestRow } from './manifest-layout';

const HEADER = ['no', 'code', 'recipient', 'address', 'postcode', 'office'];

/** UTF-8 with BOM and semicolons: what Excel in a Kazakh or Russian locale opens as columns. */
export function manifestCsv(rows: ManifestRow[]): string {
  const lines = [
    HEADER,
    ...rows.map((r) => [String(r.no), r.code, r.recipient, r.address, r.postcode, r.office]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
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
