/** Keeps a leading + and digits; Kazakh numbers written 8 7xx... become +7 7xx... */
export function normalisePhone(input: string): string | undefined {
  const digits = input.replace(/[\s()\-.]/g, '');
  if (!/^\+?\d{10,15}$/.test(digits)) return undefined;
  if (/^8\d{10}$/.test(digits)) return `+7${digits.slice(1)}`;
  if (/^7\d{10}$/.test(digits)) return `+${digits}`;
  return digits.startsWith('+') ? digits : `+${digits}`;
}

/** +77012345678 -> "+7 701 234 56 78", as people read and dial it; others in groups of three. */
export function formatPhone(phone: string): string {
  const kz = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(phone);
  if (kz) return `+7 ${kz.slice(1).join(' ')}`;
  const [, plus, digits] = /^(\+?)(\d+)$/.exec(phone) ?? [];
  return digits ? `${plus}${digits.replace(/(\d{3})(?=\d)/g, '$1 ')}` : phone;
}

/** Whether texts may go to a stored number: it starts with one of the allowed prefixes. */
export function phoneAllowed(phone: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => phone.startsWith(prefix));
}
