import { errorBody, errorMessageKey } from './errors';

/** Field -> the API's rule names for it, from a `request.invalid` answer's details. */
export function fieldProblems(error: unknown): Record<string, string[]> {
  const details = errorBody(error)?.details as
    { fields?: { field: string; rules: string[] }[] } | undefined;
  return Object.fromEntries((details?.fields ?? []).map((f) => [f.field, f.rules]));
}

export { errorMessageKey };
