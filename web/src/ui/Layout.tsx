import { ReactNode } from 'react';
import type { SessionUser } from '../auth/session';
import { Language, MessageKey, useI18n } from '../i18n/i18n';
import { Link, useRoute } from './router';
import { SCREENS } from './screens';

interface Props {
  user: SessionUser | undefined;
  onSignOut(): void;
  children: ReactNode;
}

const LINKS: { to: string; label: MessageKey }[] = [
  { to: '/offices', label: 'nav.offices' },
  { to: '/schools', label: 'nav.schools' },
  { to: '/staff', label: 'nav.staff' },
  { to: '/classes', label: 'nav.classes' },
  { to: '/cases', label: 'nav.cases' },
  { to: '/dispatch', label: 'nav.dispatch' },
  { to: '/packets', label: 'nav.packets' },
  { to: '/reviews', label: 'nav.reviews' },
  { to: '/duties', label: 'nav.duties' },
  { to: '/round', label: 'nav.round' },
  { to: '/station', label: 'nav.station' },
  { to: '/waiting', label: 'nav.waiting' },
  { to: '/reports', label: 'nav.reports' },
  { to: '/messages', label: 'nav.messages' },
  { to: '/audit', label: 'nav.audit' },
];

/** The header every screen shares: the app's name, navigation, language, signing out. */
export function Layout({ user, onSignOut, children }: Props) {
  const { t, language, setLanguage } = useI18n();
  const route = useRoute();
  const links = user
    ? [
        { to: '/', label: 'nav.home' as MessageKey },
        ...LINKS.filter((link) => SCREENS[link.to].includes(user.role)),
      ]
    : [];
  return (
    <>
      <header>
        <div>
          <strong>{t('app.title')}</strong>
          <span className="subtitle">{t('app.subtitle')}</span>
        </div>
        {links.length > 1 && (
          <nav aria-label={t('nav.label')}>
            {links.map((link) => (
              <Link
                key={link.to}
                to={link.to}
                aria-current={
                  route === link.to || (link.to !== '/' && route.startsWith(`${link.to}/`))
                    ? 'page'
                    : undefined
                }
              >
                {t(link.label)}
              </Link>
            ))}
          </nav>
        )}
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
