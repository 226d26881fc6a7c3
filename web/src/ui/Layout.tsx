import { ReactNode } from 'react';
import { Language, useI18n } from '../i18n/i18n';

interface Props {
  signedIn: boolean;
  onSignOut(): void;
  children: ReactNode;
}

/** The header every screen shares: the app's name, the language switch, signing out. */
export function Layout({ signedIn, onSignOut, children }: Props) {
  const { t, language, setLanguage } = useI18n();
  return (
    <>
      <header>
        <div>
          <strong>{t('app.title')}</strong>
          <span className="subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="header-actions">
          <label htmlFor="language">{t('language.label')}</label>
          <select
            id="language"
            value={language}
            onChange={(event) => setLanguage(event.target.value as Language)}
          >
            <option value="kk">{t('language.kk')}</option>
            <option value="ru">{t('language.ru')}</option>
          </select>
          {signedIn && (
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
