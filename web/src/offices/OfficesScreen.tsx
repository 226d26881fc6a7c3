import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ClerkAccountsForm } from './ClerkAccountsForm';
import { CreateOfficeForm } from './CreateOfficeForm';
import { ImportOfficesForm } from './ImportOfficesForm';
import { KazpostLinkStatus } from './KazpostLinkStatus';
import { dataOf } from '../api/errors';

/**
 * The admin's list of Kazpost branches: search, add one, load Kazpost's list, or open clerk
 * accounts for the offices ticked.
 */
export function OfficesScreen() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setChosen((before) => {
      const after = new Set(before);
      if (!after.delete(id)) after.add(id);
      return after;
    });
  const offices = useQuery({
    queryKey: ['post-offices'],
    queryFn: async () =>
      dataOf(await api.GET('/post-offices', { params: { query: { limit: 500 } } })),
  });
  const needle = search.trim().toLowerCase();
  const shown = (offices.data?.items ?? []).filter(
    (o) => !needle || `${o.postcode} ${o.name} ${o.locality}`.toLowerCase().includes(needle),
  );
  return (
    <main>
      <h1>{t('offices.title')}</h1>
      <label htmlFor="office-search">{t('offices.search')}</label>
      <input
        id="office-search"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <table>
        <caption>
          {t('offices.count', { shown: shown.length, total: offices.data?.total ?? 0 })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('offices.choose')}</th>
            <th scope="col">{t('offices.postcode')}</th>
            <th scope="col">{t('offices.name')}</th>
            <th scope="col">{t('offices.address')}</th>
            <th scope="col">{t('offices.locality')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((office) => (
            <tr key={office.id}>
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
            </tr>
          ))}
        </tbody>
      </table>
      <ClerkAccountsForm chosen={[...chosen]} onDone={() => setChosen(new Set())} />
      <div className="columns">
        <CreateOfficeForm />
        <ImportOfficesForm />
      </div>
      <KazpostLinkStatus />
    </main>
  );
}
