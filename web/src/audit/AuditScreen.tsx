import { AUDIT_ENTITIES } from '@domain/audit/audit-actions';
import { useState } from 'react';
import type { SessionUser } from '../auth/session';
import { $api } from '../api/client';
import type { paths } from '../api/schema';
import { useStaff } from '../staff/queries';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { useI18n } from '../i18n/i18n';
import { SelectField } from '../ui/fields';
import { DateField } from '../ui/DateField';
import { byName, formatDateTime } from '../ui/format';
import { ShowMore } from '../ui/ShowMore';
import { ChangesText } from './ChangesText';
import { ScrollRegion } from '../ui/ScrollRegion';

type Kind = NonNullable<paths['/audit']['get']['parameters']['query']>['entity'];
// The server's list, so a new kind of record shows up in the filter without a second edit.
const KINDS: readonly NonNullable<Kind>[] = AUDIT_ENTITIES;

/** Who changed what and when: the director sees their school's records, the admin all. */
export function AuditScreen({ user }: { user: SessionUser }) {
  const { t, tOr, language } = useI18n();
  const staff = useStaff(user.schoolId ?? undefined);
  const names = new Map((staff.data?.items ?? []).map((m) => [m.id, m.fullName]));
  const [filters, setFilters] = useState({ actorId: '', entity: '', from: '', to: '' });
  const query = {
    actorId: filters.actorId || undefined,
    entity: (filters.entity || undefined) as Kind,
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
  const log = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/audit',
      { params: { query: { ...query, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  // The kind of record and, when the row names it, which one ("pupil: Asanov Azamat").
  const recordOf = (entry: { entity: string; targetName?: string | null }) => {
    const kind = tOr(`audit.entity.${entry.entity}`, 'audit.entity.other');
    return entry.targetName ? t('audit.record', { kind, name: entry.targetName }) : kind;
  };
  const set = (name: keyof typeof filters) => (e: { target: { value: string } }) =>
    setFilters({ ...filters, [name]: e.target.value });
  return (
    <main className="wide">
      <h1>{t('audit.title')}</h1>
      <div className="filters" role="search">
        <SelectField
          id="audit-actor"
          label={t('audit.who')}
          value={filters.actorId}
          onChange={set('actorId')}
        >
          <option value="">{t('common.all')}</option>
          {byName(staff.data?.items ?? [], (m) => m.fullName).map((m) => (
            <option key={m.id} value={m.id}>
              {m.fullName}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="audit-kind"
          label={t('audit.kindFilter')}
          value={filters.entity}
          onChange={set('entity')}
        >
          <option value="">{t('common.all')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`audit.entity.${kind}`)}
            </option>
          ))}
        </SelectField>
        <DateField
          id="audit-from"
          label={t('audit.from')}
          value={filters.from}
          onChange={(from) => setFilters({ ...filters, from })}
        />
        <DateField
          id="audit-to"
          label={t('audit.to')}
          value={filters.to}
          onChange={(to) => setFilters({ ...filters, to })}
        />
      </div>
      <ScrollRegion label={t('audit.title')}>
        <table aria-busy={log.busy}>
          <caption>{t('audit.count', { shown: log.items.length, total: log.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.kind')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {log.items.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.at, language)}</td>
                <td>
                  {names.get(entry.actorId) ?? t(`role.${entry.actorRole as SessionUser['role']}`)}
                </td>
                <td>{recordOf(entry)}</td>
                <td>{tOr(`audit.action.${entry.action}`, 'audit.action.other')}</td>
                <td>
                  <ChangesText changes={entry.changes} staffNames={names} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ShowMore list={log} />
    </main>
  );
}
