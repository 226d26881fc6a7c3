import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { saveSession, Session } from './session';

interface Props {
  session: Session;
  /** The password just typed at sign-in, if this page knows it. */
  knownPassword?: string;
  onChanged(session: Session): void;
}

/**
 * The first admin signs in with the password the README prints: before anything else the
 * service asks for one of their own. Changing it ends the session, so the page signs in again
 * with the new password by itself.
 */
export function ChangePassword({ session, knownPassword, onChanged }: Props) {
  const { t, tOr } = useI18n();
  const [current, setCurrent] = useState(knownPassword ?? '');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const mismatch = repeat !== '' && next !== repeat;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || mismatch) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const changed = await api.POST('/auth/password', {
        body: { currentPassword: current, newPassword: next },
      });
      if (changed.error) {
        const { key, values } = errorMessageKey(changed.error);
        return setProblem(tOr(key, 'errors.unknown', values));
      }
      const login = session.user.login ?? '';
      const { data, error } = await api.POST('/auth/login', { body: { login, password: next } });
      if (!data) {
        const { key, values } = errorMessageKey(error);
        return setProblem(tOr(key, 'errors.unknown', values));
      }
      saveSession(data);
      onChanged(data);
    } catch {
      setProblem(t('errors.network'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="narrow">
      <h1>{t('password.title')}</h1>
      <p className="notice">{t('password.why')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="current-password">{t('password.current')}</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <label htmlFor="new-password">{t('password.new')}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          maxLength={200}
          aria-describedby="new-password-hint"
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <small id="new-password-hint">{t('password.hint')}</small>
        <label htmlFor="repeat-password">{t('password.repeat')}</label>
        <input
          id="repeat-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={mismatch || undefined}
          aria-describedby={mismatch ? 'repeat-password-problem' : undefined}
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
        />
        {mismatch && (
          <small id="repeat-password-problem" className="problem">
            {t('password.mismatch')}
          </small>
        )}
        {problem && (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy || !current || next.length < 10 || next !== repeat}>
          {t('password.submit')}
        </button>
      </form>
    </main>
  );
}
