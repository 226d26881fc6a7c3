import { useEffect, useState } from 'react';
import { onSessionEnded } from './api/client';
import { clearSession, loadSession, Session } from './auth/session';
import { SignIn } from './auth/SignIn';
import { Home } from './home/Home';
import { Layout } from './ui/Layout';

/**
 * Signed out: the sign-in screen. A session that ends (401) brings it back with a notice; the
 * address in the browser stays, so signing in again returns to the same screen.
 */
export function App() {
  const [session, setSession] = useState<Session | undefined>(loadSession);
  const [expired, setExpired] = useState(false);
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
    <Layout signedIn={!!session} onSignOut={signOut}>
      {session ? (
        <Home user={session.user} />
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
