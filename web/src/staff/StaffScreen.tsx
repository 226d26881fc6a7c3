import { FormEvent, useState } from 'react';
import type { SessionUser } from '../auth/session';
import { $api, api } from '../api/client';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField, TextField } from '../ui/fields';
import { byName } from '../ui/format';
import { OfficePicker } from '../offices/OfficePicker';
import { SchoolFilter, SchoolOptions } from '../ui/options';
import { ScrollRegion } from '../ui/ScrollRegion';
import { ShowMore } from '../ui/ShowMore';
import { StaffRow } from './StaffRow';
import { SCHOOL_ROLES } from './roles';

type Role = SessionUser['role'];
const EMPTY = { fullName: '', role: 'teacher' as Role, login: '', password: '', placeId: '' };

/**
 * Staff accounts: the admin sees every school's (and the post clerks), a director their own
 * school's. Create an account; correct one (name, phone; the admin also its role), switch it off
 * or on, set a new password.
 */
export function StaffScreen({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const isAdmin = user.role === 'admin';
  const [schoolId, setSchoolId] = useState(user.schoolId ?? '');
  const [search, setSearch] = useState('');
  const query = { schoolId: schoolId || undefined, search: search.trim() || undefined };
  // Under the 'staff' key, so a new or changed account refreshes the pages too.
  const staff = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/staff',
      { params: { query: { ...query, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  const [values, setValues] = useState(EMPTY);
  const roles: Role[] = isAdmin ? [...SCHOOL_ROLES, 'post_clerk', 'admin'] : SCHOOL_ROLES;
  const clerk = values.role === 'post_clerk';
  const create = useSubmit(
    () => {
      const { placeId, ...fields } = values;
      const place =
        values.role === 'admin'
          ? {}
          : clerk
            ? { postOfficeId: placeId }
            : { schoolId: isAdmin ? placeId : (user.schoolId ?? '') };
      return api.POST('/staff', { body: { ...fields, ...place } });
    },
    { invalidate: ['staff'], onDone: () => setValues(EMPTY) },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.submit(undefined, event.currentTarget);
  };
  const set = (name: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setValues({ ...values, [name]: e.target.value });
  return (
    <main>
      <h1>{t('staff.title')}</h1>
      <div className="filters" role="search">
        {isAdmin && (
          <SchoolFilter
            id="staff-school-filter"
            value={schoolId}
            emptyLabel={t('staff.everyone')}
            onChange={setSchoolId}
          />
        )}
        <div className="field">
          <label htmlFor="staff-search">{t('staff.search')}</label>
          <input
            id="staff-search"
            type="search"
            maxLength={100}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
      </div>
      <ScrollRegion label={t('staff.title')} hidden={!!staff.failed} withActions>
        <table aria-busy={staff.busy}>
          <caption>{t('staff.count', { shown: staff.items.length, total: staff.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.fullName')}</th>
              <th scope="col">{t('staff.login')}</th>
              <th scope="col">{t('staff.role')}</th>
              <th scope="col">{t('staff.state')}</th>
              <th scope="col" className="actions">
                {t('staff.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byName(staff.items, (m) => m.fullName).map((member) => (
              <StaffRow
                key={member.id}
                member={member}
                self={member.id === user.id}
                mayChangeRole={isAdmin}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ShowMore list={staff} />
      <form onSubmit={submit} aria-labelledby="create-staff" className="panel" noValidate>
        <h2 id="create-staff">{t('staff.create')}</h2>
        <TextField
          id="staff-fullName"
          label={t('staff.fullName')}
          required
          maxLength={200}
          {...create.field('fullName')}
          value={values.fullName}
          onChange={set('fullName')}
        />
        <SelectField
          id="staff-role"
          label={t('staff.role')}
          value={values.role}
          onChange={set('role')}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </SelectField>
        {isAdmin && values.role !== 'admin' && clerk && (
          <OfficePicker
            id="staff-place"
            label={t('staff.postOffice')}
            required
            value={values.placeId}
            onChange={(placeId) => setValues({ ...values, placeId })}
          />
        )}
        {isAdmin && values.role !== 'admin' && !clerk && (
          <SelectField
            id="staff-place"
            label={t('staff.school')}
            required
            value={values.placeId}
            onChange={set('placeId')}
          >
            <option value="">{t('common.choose')}</option>
            <SchoolOptions />
          </SelectField>
        )}
        <TextField
          id="staff-login"
          label={t('staff.login')}
          hint={t('staff.loginHint')}
          required
          pattern="[a-zA-Z0-9._\-]{3,100}"
          maxLength={100}
          autoComplete="off"
          {...create.field('login')}
          value={values.login}
          onChange={set('login')}
        />
        <TextField
          id="staff-password"
          label={t('staff.password')}
          hint={t('staff.passwordHint')}
          required
          minLength={10}
          maxLength={200}
          autoComplete="new-password"
          {...create.field('password')}
          value={values.password}
          onChange={set('password')}
        />
        <Problem text={create.problem} />
        {create.done && <p role="status">{t('staff.created')}</p>}
        <button type="submit" disabled={create.pending}>
          {t('common.save')}
        </button>
      </form>
    </main>
  );
}
