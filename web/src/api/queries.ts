import { QueryClient } from '@tanstack/react-query';
import { errorBody } from './errors';

/**
 * A refusal (4xx) will answer the same again: shown at once. No answer, or the service's own
 * trouble (5xx), is tried once more before the screen says so.
 */
export function retryLoad(failures: number, error: unknown): boolean {
  const status = errorBody(error)?.statusCode ?? 0;
  return failures < 1 && !(status >= 400 && status < 500);
}

/** Server data lives in one cache; a change refetches the lists it touches. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: retryLoad, staleTime: 30_000 } },
});
