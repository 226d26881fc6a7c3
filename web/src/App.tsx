import { lazy, Suspense, useEffect, useState } from 'react';
import { onSessionEnded } from './api/client';
import { clearSession, loadSession, Session } from './auth/session';
import { SignIn } from './auth/SignIn';
import { Layout } from './ui/Layout';
import { useRoute } from './ui/router';

const SignedIn = lazy(() => import('./SignedIn'));

/**
 * Signed out: the sign-in screen. A session that ends (401) asks to sign in again in a dialog
 * over the screen, which stays as it was: what was typed is still there to send again.
 */
export function App() {
  const [session, setSession] = useState<Session | undefined>(loadSession);
  const [expired, setExpired] = useState(false);
  const route = useRoute();
  useEffect(() => onSessionEnded(() => setExpired(true)), []);
  const signOut = () => {
    clearSession();
    setExpired(false);
    setSession(undefined);
  };
  const signedIn = (next: Session) => {
    setExpired(false);
    setSession(next);
  };
  return (
    <Layout user={session?.user} onSignOut={signOut}>
      {session ? (
        <Suspense fallback={<main aria-busy="true" />}>
          <SignedIn route={route} session={session} />
        </Suspense>
      ) : (
        <SignIn expired={false} onSignedIn={signedIn} />
      )}
      {session && expired && (
        <div className="modal-backdrop">
          <SignIn expired dialog onSignedIn={signedIn} />
        </div>
      )}
    </Layout>
  );
}
