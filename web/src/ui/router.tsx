import { AnchorHTMLAttributes, MouseEvent, useEffect, useState } from 'react';
import { pathOf } from './routes';

const BASE = '/app';

/**
 * The app's own address below /app/ with its query, e.g. "/cases/new?from=…"; follows the
 * browser's back button.
 */
export function useRoute(): string {
  const [path, setPath] = useState(current);
  useEffect(() => {
    const update = () => setPath(current());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return path;
}

function current(): string {
  return pathOf(window.location.pathname.replace(/^\/app/, '')) + window.location.search;
}

export function navigate(path: string): void {
  window.history.pushState(null, '', `${BASE}${path}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** A link within the app: a real address (opens in a new tab too), moved to without a reload. */
export function Link({ to, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={`${BASE}${to}`} onClick={follow} {...props} />;
}
