import { useState } from 'react';
import { $api, api } from '../api/client';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { useI18n } from '../i18n/i18n';
import { EditableRow } from '../ui/EditableRow';
import { ShowMore } from '../ui/ShowMore';
import { ClerkAccountsForm } from './ClerkAccountsForm';
import { ImportOfficesForm } from './ImportOfficesForm';
import { KazpostLinkStatus } from './KazpostLinkStatus';
import { OfficeForm } from './OfficeForm';
import { ScrollRegion } from '../ui/ScrollRegion';

const path = (id: string) => ({ params: { path: { id } } });

/**
 * The admin's Kazpost branches (thousands): searched and paged by the service; each corrected,
 * archived or deleted in its row; one added by hand, Kazpost's list loaded, or clerk accounts
 * opened for the offices ticked.
 */
export function OfficesScreen() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [archived, setArchived] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setChosen((before) => {
      const after = new Set(before);
      if (!after.delete(id)) after.add(id);
      return after;
    });
  const query = {
    search: search.trim() || undefined,
    archived: archived ? ('true' as const) : undefined,
  };
  const offices = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/post-offices',
      { params: { query: { ...query, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  return (
    <main className="wide">
      <h1>{t('offices.title')}</h1>
      <div className="filters" role="search">
        <div className="field">
          <label htmlFor="office-search">{t('offices.search')}</label>
          <input
            id="office-search"
            type="search"
            maxLength={100}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={archived}
            onChange={(e) => setArchived(e.target.checked)}
          />
          {t('records.showArchived')}
        </label>
      </div>
      <ScrollRegion label={t('offices.title')}>
        <table aria-busy={offices.busy} hidden={!!offices.failed}>
          <caption>
            {t('offices.count', { shown: offices.items.length, total: offices.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('offices.choose')}</th>
              <th scope="col">{t('offices.postcode')}</th>
              <th scope="col">{t('offices.name')}</th>
              <th scope="col">{t('offices.address')}</th>
              <th scope="col">{t('offices.locality')}</th>
              <th scope="col">{t('staff.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {offices.items.map((office) => (
              <EditableRow
                key={office.id}
                columns={6}
                cells={
                  <>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('offices.chooseOne', {
                          office: `${office.postcode} ${office.name}`,
                        })}
                        checked={chosen.has(office.id)}
                        onChange={() => toggle(office.id)}
                      />
                    </td>
                    <td>{office.postcode}</td>
                    <td>{office.name}</td>
                    <td>{office.address}</td>
                    <td>{office.locality}</td>
                  </>
                }
                archived={!!office.archivedAt}
                archive={() => api.POST('/post-offices/{id}/archive', path(office.id))}
                restore={() => api.POST('/post-offices/{id}/restore', path(office.id))}
                remove={() => api.DELETE('/post-offices/{id}', path(office.id))}
                invalidate={['post-offices']}
                form={(close) => <OfficeForm office={office} onDone={close} />}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ShowMore list={offices} />
      <ClerkAccountsForm chosen={[...chosen]} onDone={() => setChosen(new Set())} />
      <p className="hint">{t('records.rules')}</p>
      <div className="columns">
        <OfficeForm />
        <ImportOfficesForm />
      </div>
      <KazpostLinkStatus />
    </main>
  );
}
