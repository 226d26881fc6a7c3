import { lazy, Suspense, useEffect, useState } from 'react';
import { onSessionEnded } from './api/client';
import { ChangePassword } from './auth/ChangePassword';
import { clearSession, loadSession, Session } from './auth/session';
import { SignIn } from './auth/SignIn';
import { Layout } from './ui/Layout';
import { navigate, useRoute } from './ui/router';
import { resolve } from './ui/routes';
import type { MessageKey } from './i18n/i18n';
import { choiceKey } from './station/choice';
import { endSession } from './auth/end-session';

const SignedIn = lazy(() => import('./SignedIn'));

/**
 * Nothing of one person's data stays for the next at a shared PC: the server data cache and
 * the station's answered scans go at sign-out (both live in the signed-in part, loaded by then).
 */
async function forgetPerson(session: Session): Promise<void> {
  const { queryClient } = await import('./api/queries');
  queryClient.clear();
  if (session.user.role === 'post_clerk') {
    localStorage.removeItem(choiceKey(session.user.id));
    const { pruneScans } = await import('./station/queue');
    await pruneScans(session.user.id, true);
  }
}

/** The window's title: the screen's name, or what stands in its place. */
function titleOf(session: Session | undefined, route: string): MessageKey {
  if (!session) return 'signIn.title';
  if (session.user.passwordChangeDue) return 'password.title';
  const at = resolve(route, session.user.role);
  if (at.kind === 'unknown') return 'notFound.title';
  return at.kind === 'forRole' ? 'notFound.forRoleTitle' : at.route.title;
}

/**
 * Signed out: the sign-in screen. A session that ends (401) asks to sign in again in a dialog
 * over the screen, which stays as it was: what was typed is still there to send again, unless
 * another person signs in, who starts afresh.
 */
export function App() {
  const [session, setSession] = useState<Session | undefined>(loadSession);
  const [expired, setExpired] = useState(false);
  const [typedPassword, setTypedPassword] = useState<string>();
  const route = useRoute();
  // Who last signed out in this tab: the next person starts at their own home, not at the
  // address the previous one left open.
  const [leftBy, setLeftBy] = useState<string>();
  useEffect(() => onSessionEnded(() => setExpired(true)), []);
  const signOut = () => {
    if (session) void endSession(session);
    clearSession();
    if (session) void forgetPerson(session);
    setLeftBy(session?.user.id);
    setExpired(false);
    setSession(undefined);
  };
  const signedIn = async (next: Session, password?: string) => {
    // Forgotten before the next person's screens start fetching into the same cache.
    if (session && session.user.id !== next.user.id) await forgetPerson(session);
    const previous = session?.user.id ?? leftBy;
    if (previous && previous !== next.user.id) navigate('/');
    setTypedPassword(password);
    setExpired(false);
    setSession(next);
  };
  const body = !session ? (
    <SignIn expired={false} onSignedIn={(next, password) => void signedIn(next, password)} />
  ) : session.user.passwordChangeDue ? (
    <ChangePassword
      session={session}
      knownPassword={typedPassword}
      onChanged={(next) => void signedIn(next)}
    />
  ) : (
    <Suspense fallback={<main aria-busy="true" />}>
      <SignedIn
        key={session.user.id}
        address={route}
        at={resolve(route, session.user.role)}
        session={session}
      />
    </Suspense>
  );
  return (
    <Layout user={session?.user} title={titleOf(session, route)} onSignOut={signOut}>
      {body}
      {session && expired && (
        <div className="modal-backdrop">
          <SignIn expired dialog onSignedIn={(next, password) => void signedIn(next, password)} />
        </div>
      )}
    </Layout>
  );
}
