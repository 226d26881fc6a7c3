import { lazy, Suspense, useEffect, useState } from 'react';
import { onSessionEnded } from './api/client';
import { clearSession, loadSession, Session } from './auth/session';
import { SignIn } from './auth/SignIn';
import { Layout } from './ui/Layout';
import { useRoute } from './ui/router';

const SignedIn = lazy(() => import('./SignedIn'));

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
        <Suspense fallback={<main aria-busy="true" />}>
          <SignedIn route={route} session={session} />
        </Suspense>
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
