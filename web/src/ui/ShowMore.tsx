import { PAGE_SIZE, type PagedList } from '../api/paged-list';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { Problem } from './fields';

/** Under a long list whose caption says how much is shown: the button for the next part. */
export function ShowMore({ list }: { list: PagedList<unknown> }) {
  const { t, tOr } = useI18n();
  if (!list.hasMore) return null;
  const failed = list.moreFailed
    ? tOr(errorMessageKey(list.moreFailed).key, 'errors.unknown')
    : undefined;
  return (
    <div className="no-print">
      <Problem text={failed} />
      <button
        type="button"
        onClick={list.loadMore}
        disabled={list.loadingMore}
        aria-busy={list.loadingMore}
      >
        {t('common.showMore', { count: Math.min(PAGE_SIZE, list.total - list.items.length) })}
      </button>
    </div>
  );
}
