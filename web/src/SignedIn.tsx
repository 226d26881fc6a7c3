import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Session } from './auth/session';
import { Home } from './home/Home';
import { OfficesScreen } from './offices/OfficesScreen';

/** Server data lives in one cache; a change refetches the lists it touches. */
const queries = new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 30_000 } } });

/**
 * Everything after signing in, loaded as its own file so the sign-in screen arrives first and
 * fast on a slow link. The screen at the address, among those the role may use; any other
 * address shows home.
 */
export default function SignedIn({ route, session }: { route: string; session: Session }) {
  return (
    <QueryClientProvider client={queries}>
      {route === '/offices' && session.user.role === 'admin' ? (
        <OfficesScreen />
      ) : (
        <Home user={session.user} />
      )}
    </QueryClientProvider>
  );
}
