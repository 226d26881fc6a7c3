import { useI18n } from '../i18n/i18n';
import { leftOut } from './cut-short';

/** Under a list read up to the service's cap: says that rows were left out, never silently. */
export function CutShort({ page }: { page: { items: unknown[]; total: number } | undefined }) {
  const { t } = useI18n();
  if (!page || leftOut(page) === 0) return null;
  return (
    <p role="status" className="hint">
      {t('common.cutShort', { shown: page.items.length, total: page.total })}
    </p>
  );
}
