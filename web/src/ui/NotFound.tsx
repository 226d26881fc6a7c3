import { useI18n } from '../i18n/i18n';
import { Link } from './router';

/** An address the app does not have, or one the signed-in role may not use: said, with a way home. */
export function NotFound({ forRole = false }: { forRole?: boolean }) {
  const { t } = useI18n();
  return (
    <main>
      <h1>{t(forRole ? 'notFound.forRoleTitle' : 'notFound.title')}</h1>
      <p>{t(forRole ? 'notFound.forRole' : 'notFound.unknown')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </main>
  );
}
