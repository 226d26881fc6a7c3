import { ReactNode, useEffect } from 'react';
import type { SessionUser } from '../auth/session';
import { MessageKey, ownName, useI18n } from '../i18n/i18n';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { Nav } from './Nav';

interface Props {
  user: SessionUser | undefined;
  /** The screen's name, for the window's title (what a screen reader announces on arrival). */
  title: MessageKey;
  onSignOut(): void;
  children: ReactNode;
}

/** The header every screen shares: the app's name, navigation, who is signed in, language. */
export function Layout({ user, title, onSignOut, children }: Props) {
  const { t, language, setLanguage } = useI18n();
  const windowTitle = `${t(title)} · ${t('app.title')}`;
  useEffect(() => {
    document.title = windowTitle;
  }, [windowTitle]);
  return (
    <>
      <header>
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span className="subtitle">{t('app.subtitle')}</span>
        </div>
        {/* Nothing to go to before a first admin has a password of their own. */}
        {user && !user.passwordChangeDue && <Nav role={user.role} />}
        <div className="header-actions">
          {user && <WhoIsSignedIn user={user} />}
          <label htmlFor="language" className="visually-hidden">
            {t('language.label')}
          </label>
          <select
            id="language"
            value={language}
            onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}
          >
            {/* Each language by its own name, so a reader finds theirs whatever the screen's. */}
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {ownName(language)}
              </option>
            ))}
          </select>
          {user && (
            <button type="button" onClick={onSignOut}>
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      {children}
    </>
  );
}

/** The person's name and role, and the school or post office they act for. */
function WhoIsSignedIn({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const place = user.schoolName ?? user.postOfficeName;
  return (
    <p className="who">
      <span className="visually-hidden">{t('header.signedIn')}</span>
      <span className="who-name">{user.fullName ?? t(`role.${user.role}`)}</span>
      <span className="who-place">
        {user.fullName && t(`role.${user.role}`)}
        {place && `, ${place}`}
      </span>
    </p>
  );
}
