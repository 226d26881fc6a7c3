import { Query, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';

/** Failed, on screen, and not one whose screen says so itself (`meta: { ownError: true }`). */
const failedOnScreen = (query: Query): boolean =>
  query.state.status === 'error' && query.getObserversCount() > 0 && !query.meta?.ownError;

/**
 * Over every screen: a list whose load failed must not pass for an empty one. Says what went
 * wrong, in the user's words, and loads again what failed.
 */
export function FailedLoads() {
  const { t, tOr } = useI18n();
  const queries = useQueryClient();
  const [failed, setFailed] = useState<Query[]>([]);
  useEffect(() => {
    const cache = queries.getQueryCache();
    const look = () => setFailed(cache.findAll({ predicate: failedOnScreen }));
    look();
    return cache.subscribe(look);
  }, [queries]);
  if (failed.length === 0) return null;
  const { key, values } = errorMessageKey(failed[0].state.error);
  const retry = () => void queries.refetchQueries({ predicate: failedOnScreen, type: 'active' });
  return (
    <div className="load-failed" role="alert">
      <p>{t('common.loadFailed', { reason: tOr(key, 'errors.unknown', values) })}</p>
      <button type="button" onClick={retry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
