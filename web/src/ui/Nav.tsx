import { MouseEvent, useEffect, useState } from 'react';
import type { SessionUser } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { isCurrent, navFor, NavLink } from './nav-groups';
import { Link, useRoute } from './router';

/** Following a link closes the menu it was in. */
const closeMenu = (event: MouseEvent<HTMLElement>) =>
  event.currentTarget.closest('details')?.removeAttribute('open');

/**
 * The role's screens: one row at 1024 px (groups open as menus), behind a "Menu" button on a
 * phone so the screen itself comes first.
 */
export function Nav({ role }: { role: SessionUser['role'] }) {
  const { t } = useI18n();
  const route = useRoute();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [route]);
  const entries = navFor(role);
  if (entries.length < 2) return null;
  const link = (l: NavLink) => (
    <Link to={l.to} onClick={closeMenu} aria-current={isCurrent(route, l.to) ? 'page' : undefined}>
      {t(l.label)}
    </Link>
  );
  return (
    <nav aria-label={t('nav.label')} className={open ? 'open' : undefined}>
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="nav-entries"
        onClick={() => setOpen(!open)}
      >
        {t('nav.menu')}
      </button>
      <ul id="nav-entries">
        {entries.map((entry) =>
          entry.kind === 'link' ? (
            <li key={entry.link.to}>{link(entry.link)}</li>
          ) : (
            <li key={entry.label}>
              <details>
                <summary
                  className={
                    entry.links.some((l) => isCurrent(route, l.to)) ? 'current' : undefined
                  }
                >
                  {t(entry.label)}
                </summary>
                <ul>
                  {entry.links.map((l) => (
                    <li key={l.to}>{link(l)}</li>
                  ))}
                </ul>
              </details>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
