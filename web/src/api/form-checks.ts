import type { FieldProblem } from './problems';

/** What the browser's own checks found wrong with a value, by what the person should do. */
export function ruleOf(validity: ValidityState): string | undefined {
  if (validity.valid) return undefined;
  if (validity.valueMissing) return 'fieldRule.required';
  if (validity.tooLong) return 'fieldRule.tooLong';
  if (validity.tooShort) return 'fieldRule.tooShort';
  if (validity.rangeUnderflow || validity.rangeOverflow || validity.stepMismatch)
    return 'fieldRule.number';
  if (validity.badInput && !validity.patternMismatch) return 'fieldRule.number';
  return 'fieldRule.format';
}

/**
 * A form's fields that break their own rules (required, pattern, length, range), under the
 * names the service gives them (each field's `name`): the form says so in the user's words
 * instead of the browser's English bubbles (forms are `noValidate`).
 */
export function formProblems(form: Element | null): Record<string, FieldProblem> {
  const result: Record<string, FieldProblem> = {};
  if (!(form instanceof HTMLFormElement)) return result;
  for (const element of Array.from(form.elements)) {
    if (!('validity' in element) || !('name' in element)) continue;
    const field = element as HTMLInputElement;
    const key = field.name && !field.disabled ? ruleOf(field.validity) : undefined;
    if (key) result[field.name] ??= { key, values: {} };
  }
  return result;
}
