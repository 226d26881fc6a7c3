import { useState } from 'react';
import { $api, api } from '../api/client';
import { useOffices } from '../offices/queries';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { useI18n } from '../i18n/i18n';
import { EditableRow } from '../ui/EditableRow';
import { ShowMore } from '../ui/ShowMore';
import { SchoolForm } from './SchoolForm';
import { ScrollRegion } from '../ui/ScrollRegion';

const path = (id: string) => ({ params: { path: { id } } });

/** The admin's schools, each with the post office its packets leave from: add, correct, archive. */
export function SchoolsScreen() {
  const { t } = useI18n();
  const [archived, setArchived] = useState(false);
  const query = { archived: archived ? ('true' as const) : undefined };
  const schools = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/schools',
      { params: { query: { ...query, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  const offices = useOffices(schools.items.map((s) => s.postOfficeId));
  return (
    <main className="wide">
      <h1>{t('schools.title')}</h1>
      <label className="check">
        <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
        {t('records.showArchived')}
      </label>
      <ScrollRegion label={t('schools.title')}>
        <table aria-busy={schools.busy} hidden={!!schools.failed}>
          <caption>
            {t('schools.count', { shown: schools.items.length, total: schools.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('schools.name')}</th>
              <th scope="col">{t('schools.locality')}</th>
              <th scope="col">{t('schools.region')}</th>
              <th scope="col">{t('schools.postOfficeId')}</th>
              <th scope="col">{t('staff.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {schools.items.map((school) => (
              <EditableRow
                key={school.id}
                columns={5}
                cells={
                  <>
                    <td>{school.name}</td>
                    <td>{school.locality}</td>
                    <td>{school.region}</td>
                    <td>
                      {offices.get(school.postOfficeId)?.postcode}{' '}
                      {offices.get(school.postOfficeId)?.name}
                    </td>
                  </>
                }
                archived={!!school.archivedAt}
                archive={() => api.POST('/schools/{id}/archive', path(school.id))}
                restore={() => api.POST('/schools/{id}/restore', path(school.id))}
                remove={() => api.DELETE('/schools/{id}', path(school.id))}
                invalidate={['schools']}
                form={(close) => <SchoolForm school={school} onDone={close} />}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ShowMore list={schools} />
      <p className="hint">{t('records.rules')}</p>
      <SchoolForm />
    </main>
  );
}
