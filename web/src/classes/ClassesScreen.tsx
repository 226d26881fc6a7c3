import { useState } from 'react';
import type { SessionUser } from '../auth/session';
import { $api, api } from '../api/client';
import { useStaff } from '../staff/queries';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { useI18n } from '../i18n/i18n';
import { SchoolFilter } from '../ui/options';
import { byClass, classLabel } from '../ui/format';
import { EditableRow } from '../ui/EditableRow';
import { Link } from '../ui/router';
import { ShowMore } from '../ui/ShowMore';
import { ClassForm } from './ClassForm';
import { ScrollRegion } from '../ui/ScrollRegion';

const MAY_CHANGE: SessionUser['role'][] = [
  'admin',
  'director',
  'deputy_academic',
  'deputy_upbringing',
];
const path = (id: string) => ({ params: { path: { id } } });

/** The school's classes, each a link to its pupils and dispatches; deputies open and correct them. */
export function ClassesScreen({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [schoolId, setSchoolId] = useState(user.schoolId ?? '');
  const [archived, setArchived] = useState(false);
  const query = {
    schoolId: schoolId || undefined,
    archived: archived ? ('true' as const) : undefined,
  };
  const classes = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/classes',
      { params: { query: { ...query, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  const staff = useStaff(schoolId || undefined);
  const teacherName = new Map((staff.data?.items ?? []).map((m) => [m.id, m.fullName]));
  const mayChange = MAY_CHANGE.includes(user.role);
  return (
    <main>
      <h1>{t('classes.title')}</h1>
      <p>{t('classes.intro')}</p>
      {user.role === 'admin' && !schoolId && <p className="notice">{t('classes.introAdmin')}</p>}
      {user.role === 'admin' && (
        <SchoolFilter
          id="classes-school"
          value={schoolId}
          emptyLabel={t('common.choose')}
          onChange={setSchoolId}
        />
      )}
      <label className="check">
        <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
        {t('records.showArchived')}
      </label>
      <ScrollRegion label={t('classes.title')} withActions>
        <table aria-busy={classes.busy} hidden={!!classes.failed}>
          <caption>
            {t('classes.count', { shown: classes.items.length, total: classes.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('classes.class')}</th>
              <th scope="col">{t('classes.language')}</th>
              <th scope="col">{t('classes.classTeacher')}</th>
              <th scope="col">{t('classes.open')}</th>
              {mayChange && <th scope="col">{t('staff.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {byClass(classes.items).map((c) => (
              <EditableRow
                key={c.id}
                columns={5}
                mayChange={mayChange}
                cells={
                  <>
                    <td>
                      <Link to={`/classes/${c.id}`}>{classLabel(c)}</Link>
                    </td>
                    <td>{t(`language.${c.language}`)}</td>
                    <td>{(c.classTeacherId && teacherName.get(c.classTeacherId)) || '—'}</td>
                    <td>
                      <Link to={`/classes/${c.id}`}>{t('classes.open')} →</Link>
                    </td>
                  </>
                }
                archived={!!c.archivedAt}
                archive={() => api.POST('/classes/{id}/archive', path(c.id))}
                restore={() => api.POST('/classes/{id}/restore', path(c.id))}
                remove={() => api.DELETE('/classes/{id}', path(c.id))}
                invalidate={['classes']}
                form={(close) => <ClassForm schoolId={c.schoolId} schoolClass={c} onDone={close} />}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ShowMore list={classes} />
      {mayChange && <p className="hint">{t('records.rules')}</p>}
      {mayChange && schoolId && <ClassForm schoolId={schoolId} />}
    </main>
  );
}
