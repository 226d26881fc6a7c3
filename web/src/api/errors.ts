import type { components } from './schema';

export type ErrorBody = components['schemas']['ErrorBody'];

/** The catalogue key and parameters of an error answer, or of a network failure. */
export function errorMessageKey(error: unknown): {
  key: string;
  values: Record<string, string | number>;
} {
  const body = error as Partial<ErrorBody> | undefined;
  if (body && typeof body.code === 'string')
    return {
      key: `errors.${body.code}`,
      values: (body.details ?? {}) as Record<string, string | number>,
    };
  return { key: 'errors.network', values: {} };
}
