import { $api } from '../api/client';
import type { components } from '../api/schema';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { useI18n } from '../i18n/i18n';
import { ShowMore } from '../ui/ShowMore';

type Case = components['schemas']['CaseView'];
export type Fit = { grade: number; language: 'kk' | 'ru' | 'ky' };

interface Props {
  fit: Fit;
  search: string;
  chosen: string[];
  onToggle(found: Case, on: boolean): void;
}

/**
 * The cases written for one grade and language, found by the service a page at a time (a
 * school writes hundreds a year), narrowed by the words typed above.
 */
export function CaseChoice({ fit, search, chosen, onToggle }: Props) {
  const { t } = useI18n();
  const query = { ...fit, search: search.trim() || undefined };
  const cases = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/cases',
      { params: { query: { ...query, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  const caption = `${fit.grade}, ${t(`language.${fit.language}`)}`;
  return (
    <div role="group" aria-label={caption}>
      <p className="hint">
        {caption}: {t('dispatch.casesFound', { shown: cases.items.length, total: cases.total })}
      </p>
      {!cases.busy && !cases.failed && cases.total === 0 && <p>{t('dispatch.noCases')}</p>}
      {cases.items.map((k) => (
        <label key={k.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(k.id)}
            onChange={(e) => onToggle(k, e.target.checked)}
          />
          {k.topic} — {k.grade}, {t(`language.${k.language}`)}, {k.estimatedMinutes}{' '}
          {t('dispatch.min')}
        </label>
      ))}
      <ShowMore list={cases} />
    </div>
  );
}
