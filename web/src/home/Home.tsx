import type { SessionUser } from '../auth/session';
import { useI18n } from '../i18n/i18n';

/** What the signed-in role does next. */
export function Home({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  return (
    <main>
      <h1>{t('home.greeting')}</h1>
      <p>{t('home.role', { role: t(`role.${user.role}`) })}</p>
      <section aria-labelledby="next-step">
        <h2 id="next-step">{t('home.next')}</h2>
        <p>{t(`next.${user.role}`)}</p>
      </section>
    </main>
  );
}
