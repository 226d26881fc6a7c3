import { useEffect, useState } from 'react';
import { onSessionEnded } from './api/client';
import { clearSession, loadSession, Session } from './auth/session';
import { SignIn } from './auth/SignIn';
import { Home } from './home/Home';
import { OfficesScreen } from './offices/OfficesScreen';
import { Layout } from './ui/Layout';
import { useRoute } from './ui/router';

/**
 * Signed out: the sign-in screen. A session that ends (401) brings it back with a notice; the
 * address in the browser stays, so signing in again returns to the same screen.
 */
export function App() {
  const [session, setSession] = useState<Session | undefined>(loadSession);
  const [expired, setExpired] = useState(false);
  const route = useRoute();
  useEffect(
    () =>
      onSessionEnded(() => {
        setExpired(true);
        setSession(undefined);
      }),
    [],
  );
  const signOut = () => {
    clearSession();
    setExpired(false);
    setSession(undefined);
  };
  return (
    <Layout user={session?.user} onSignOut={signOut}>
      {session ? (
        <Screen route={route} session={session} />
      ) : (
        <SignIn
          expired={expired}
          onSignedIn={(next) => {
            setExpired(false);
            setSession(next);
          }}
        />
      )}
    </Layout>
  );
}

/** The screen at the address, among those the role may use; any other address shows home. */
function Screen({ route, session }: { route: string; session: Session }) {
  if (route === '/offices' && session.user.role === 'admin') return <OfficesScreen />;
  return <Home user={session.user} />;
}
