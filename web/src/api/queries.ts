import { QueryClient } from '@tanstack/react-query';

/** Server data lives in one cache; a change refetches the lists it touches. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 30_000 } },
});
