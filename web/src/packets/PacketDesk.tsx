import { FormEvent, useState } from 'react';
import { checkS10, normaliseScannedCode } from '@domain/packets/s10';
import { $api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../ui/format';
import { ScrollRegion } from '../ui/ScrollRegion';
import { Link, navigate } from '../ui/router';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { ShowMore } from '../ui/ShowMore';

/**
 * Find a packet: scan or type its code (the scanner's keyboard-layout look-alikes mapped as
 * the scan route maps them), or type words of the pupil's name.
 */
export function PacketDesk() {
  const { t, language } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const found = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/packets',
      { params: { query: { search, limit: PAGE_SIZE } } },
      { ...PAGED, enabled: search.length > 0 },
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normaliseScannedCode(typed);
    if (checkS10(code).valid) navigate(`/packets/${code}`);
    else setSearch(typed.trim());
  };
  return (
    <main>
      <h1>{t('desk.title')}</h1>
      <form onSubmit={submit} className="scan-form" role="search" noValidate>
        <label htmlFor="desk-find">{t('desk.find')}</label>
        <input
          id="desk-find"
          autoFocus
          autoComplete="off"
          maxLength={100}
          aria-describedby="desk-find-hint"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <small id="desk-find-hint">{t('desk.findHint')}</small>
        <button type="submit">{t('desk.search')}</button>
      </form>
      {search && (found.items.length > 0 || (!found.busy && !found.failed)) && (
        <ScrollRegion label={t('desk.title')}>
          <table>
            <caption>{t('desk.found', { count: found.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('desk.code')}</th>
                <th scope="col">{t('pupils.fullName')}</th>
                <th scope="col">{t('classes.class')}</th>
                <th scope="col">{t('desk.status')}</th>
                <th scope="col">{t('history.returnDue')}</th>
              </tr>
            </thead>
            <tbody>
              {found.items.map((p) => (
                <tr key={p.code}>
                  <td>
                    <Link to={`/packets/${p.code}`}>{p.code}</Link>
                  </td>
                  <td>{p.studentName}</td>
                  <td>{p.classLabel}</td>
                  <td>{t(`status.${p.status}`)}</td>
                  <td>{formatDate(p.returnDueOn, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <ShowMore list={found} />
    </main>
  );
}
