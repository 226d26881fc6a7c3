import { formatDate } from '../ui/format';
import { errorBody, errorMessageKey } from './errors';

/** Field -> the API's rule names for it, from a `request.invalid` answer's details. */
export function fieldProblems(error: unknown): Record<string, string[]> {
  const details = errorBody(error)?.details as
    { fields?: { field: string; rules?: string[] }[] } | undefined;
  return Object.fromEntries((details?.fields ?? []).map((f) => [f.field, f.rules ?? []]));
}

/** A problem to show beside a field: a catalogue key and the values it is filled with. */
export interface FieldProblem {
  key: string;
  values: Record<string, string | number>;
}

/** The service's validation rules, by what the person should do about them. */
const RULE_KEYS: [string[], string][] = [
  [['isNotEmpty', 'isDefined', 'arrayNotEmpty', 'arrayMinSize'], 'fieldRule.required'],
  [['maxLength', 'arrayMaxSize'], 'fieldRule.tooLong'],
  [['minLength'], 'fieldRule.tooShort'],
  [['isUuid', 'isUUID', 'isEnum', 'isIn'], 'fieldRule.choose'],
  [['isInt', 'isNumber', 'min', 'max', 'isPositive'], 'fieldRule.number'],
  [['matches', 'isDateString', 'isISO8601', 'isDate'], 'fieldRule.format'],
  [['whitelistValidation'], 'fieldRule.unexpected'],
];

/** Refusals that name no field in their details, and the fields they are about. */
const CODE_FIELDS: Record<string, string[]> = {
  'auth.wrong_password': ['currentPassword'],
  'staff.login_taken': ['login'],
  'staff.placement_invalid': ['role'],
  'staff.role_not_grantable': ['role'],
  'post_office.postcode_taken': ['postcode'],
  'class.exists': ['grade', 'letter'],
  'student.duplicate': ['fullName', 'guardianPhone'],
  'dispatch.return_date_invalid': ['returnDueOn'],
  'packet.return_date_invalid': ['returnDueOn'],
  'duty.office_not_covered': ['postOfficeIds'],
  'subject.not_offered': ['subjectCode'],
};

/**
 * What to say beside each field the service's refusal names, in catalogue keys: a validation
 * rule's own words ("fill this in", "too long"), or the whole refusal at the fields it is
 * about (a login already taken, at the login). A field the details name (`details.field`)
 * takes the refusal too.
 */
export function fieldProblemKeys(error: unknown): Record<string, FieldProblem> {
  const body = errorBody(error);
  if (!body) return {};
  const result: Record<string, FieldProblem> = {};
  const details = (body.details ?? {}) as Record<string, string | number>;
  for (const [field, rules] of Object.entries(fieldProblems(error))) {
    const known = RULE_KEYS.find(([names]) => rules.some((rule) => names.includes(rule)));
    // A value another record already has: the refusal itself says which and what to do.
    result[field] = rules.includes('unique')
      ? { key: `errors.${body.code}`, values: details }
      : { key: known?.[1] ?? 'fieldRule.invalid', values: {} };
  }
  const named = typeof details.field === 'string' ? [details.field] : [];
  for (const field of [...(CODE_FIELDS[body.code ?? ''] ?? []), ...named])
    result[field] ??= reasoned(body.code ?? '', details);
  return result;
}

/** Refusals whose details say why (`reason`), each reason with its own words. */
const WITH_REASONS = new Set(['duty.dates_invalid']);

/** The refusal's words at its field: its reason's when it gives one, its days as 19.12.2026. */
function reasoned(code: string, details: Record<string, string | number>): FieldProblem {
  if (!WITH_REASONS.has(code)) return { key: `errors.${code}`, values: details };
  const reason = typeof details.reason === 'string' ? details.reason : '';
  const values = Object.fromEntries(
    Object.entries(details).map(([name, value]) => [
      name,
      typeof value === 'string' && DAY.test(value) ? formatDate(value) : value,
    ]),
  );
  return { key: reason ? `errors.${code}.${reason}` : `errors.${code}`, values };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The problem of a field, or of a part of it (questions.2 is shown at questions). */
export function problemAt(
  problems: Record<string, FieldProblem>,
  name: string,
): FieldProblem | undefined {
  if (problems[name]) return problems[name];
  const part = Object.keys(problems).find((field) => field.startsWith(`${name}.`));
  return part ? problems[part] : undefined;
}

export { errorMessageKey };
