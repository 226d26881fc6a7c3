import { PAGE_SIZE, type PagedList } from '../api/usePagedList';
import { useI18n } from '../i18n/i18n';

/** Under a long list whose caption says how much is shown: the button for the next part. */
export function ShowMore({ list }: { list: PagedList<unknown> }) {
  const { t } = useI18n();
  if (!list.hasMore) return null;
  return (
    <p className="no-print">
      <button
        type="button"
        onClick={list.loadMore}
        disabled={list.loadingMore}
        aria-busy={list.loadingMore}
      >
        {t('common.showMore', { count: Math.min(PAGE_SIZE, list.total - list.items.length) })}
      </button>
    </p>
  );
}
