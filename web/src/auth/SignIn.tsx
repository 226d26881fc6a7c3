import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { saveSession, Session } from './session';

interface Props {
  expired: boolean;
  /** Over a screen whose session ended: a dialog, the screen kept beneath it. */
  dialog?: boolean;
  onSignedIn(session: Session, password: string): void;
}

/** Login and password; what was typed stays after a refusal, the button waits for the answer. */
export function SignIn({ expired, dialog, onSignedIn }: Props) {
  const { t, tOr } = useI18n();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const { data, error } = await api.POST('/auth/login', { body: { login, password } });
      if (data) {
        saveSession(data);
        onSignedIn(data, password);
        return;
      }
      const { key, values } = errorMessageKey(error);
      setProblem(tOr(key, 'errors.unknown', values));
    } catch {
      setProblem(t('errors.network'));
    } finally {
      setBusy(false);
    }
  }

  const Frame = dialog ? 'section' : 'main';
  return (
    <Frame
      className="narrow"
      role={dialog ? 'dialog' : undefined}
      aria-modal={dialog || undefined}
      aria-labelledby="sign-in-title"
    >
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {expired && (
        <p className="notice" role="status">
          {t('signIn.expired')}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="login">{t('signIn.login')}</label>
        <input
          id="login"
          autoFocus={dialog}
          name="login"
          autoComplete="username"
          required
          maxLength={100}
          value={login}
          onChange={(event) => setLogin(event.target.value)}
        />
        <label htmlFor="password">{t('signIn.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {problem && (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy || !login || !password}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </Frame>
  );
}
