import type { components } from './schema';

export type ErrorBody = components['schemas']['ErrorBody'];

/** The service's error answer, thrown so a query or a form shows it in the user's words. */
export class ApiError extends Error {
  constructor(readonly body: Partial<ErrorBody>) {
    super(body.message ?? body.code ?? 'error answer');
  }
}

/** What an openapi-fetch call answers. */
export type Answer<T> = { data?: T; error?: unknown };

/** The answer's data, or its error answer thrown as an ApiError. */
export function dataOf<T>({ data, error }: Answer<T>): T {
  if (error !== undefined) throw new ApiError(error as Partial<ErrorBody>);
  return data as T;
}

/** The error answer's body, thrown or as read from a response; undefined for a network failure. */
export function errorBody(error: unknown): Partial<ErrorBody> | undefined {
  const body = error instanceof ApiError ? error.body : (error as Partial<ErrorBody> | undefined);
  return body && typeof body.code === 'string' ? body : undefined;
}

/** The catalogue key and parameters of an error answer, or of a network failure. */
export function errorMessageKey(error: unknown): {
  key: string;
  values: Record<string, string | number>;
} {
  const body = errorBody(error);
  if (body)
    return {
      key: `errors.${body.code}`,
      values: (body.details ?? {}) as Record<string, string | number>,
    };
  return { key: 'errors.network', values: {} };
}
