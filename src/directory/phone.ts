/** Keeps a leading + and digits; Kazakh numbers written 8 7xx... become +7 7xx... */
export function normalisePhone(input: string): string | undefined {
  const digits = input.replace(/[\s()\-.]/g, '');
  if (!/^\+?\d{10,15}$/.test(digits)) return undefined;
  if (/^8\d{10}$/.test(digits)) return `+7${digits.slice(1)}`;
  if (/^7\d{10}$/.test(digits)) return `+${digits}`;
  return digits.startsWith('+') ? digits : `+${digits}`;
}
