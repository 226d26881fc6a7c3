import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { usePostOffices, useSchools } from '../api/lists';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField, TextField } from '../ui/fields';
import { byName } from '../ui/format';
import { OfficeOptions } from '../ui/options';

const EMPTY = {
  name: '',
  shortName: '',
  region: '',
  locality: '',
  address: '',
  postOfficeId: '',
};
/** Longer names need a short name for paper (covers, slips, manifests); the API says the same. */
const PAPER_NAME_MAX = 60;

/** The admin's schools: each with the post office its packets leave from. */
export function SchoolsScreen() {
  const { t } = useI18n();
  const schools = useSchools();
  const offices = usePostOffices();
  const officeName = new Map((offices.data?.items ?? []).map((o) => [o.id, o]));
  const [values, setValues] = useState(EMPTY);
  const body = { ...values, shortName: values.shortName.trim() || undefined };
  const create = useSubmit(() => api.POST('/schools', { body }), {
    invalidate: ['schools'],
    onDone: () => setValues(EMPTY),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.submit(undefined);
  };
  const field = (name: keyof typeof EMPTY) => ({
    id: `school-${name}`,
    label: t(`schools.${name}`),
    required: true,
    ...create.field(name),
    value: values[name],
    onChange: (e: { target: { value: string } }) =>
      setValues({ ...values, [name]: e.target.value }),
  });
  return (
    <main>
      <h1>{t('schools.title')}</h1>
      <table>
        <caption>{t('schools.count', { total: schools.data?.total ?? 0 })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('schools.name')}</th>
            <th scope="col">{t('schools.locality')}</th>
            <th scope="col">{t('schools.region')}</th>
            <th scope="col">{t('schools.postOfficeId')}</th>
          </tr>
        </thead>
        <tbody>
          {byName(schools.data?.items ?? [], (s) => s.name).map((school) => (
            <tr key={school.id}>
              <td>{school.name}</td>
              <td>{school.locality}</td>
              <td>{school.region}</td>
              <td>
                {officeName.get(school.postOfficeId)?.postcode}{' '}
                {officeName.get(school.postOfficeId)?.name}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit} aria-labelledby="create-school" className="panel">
        <h2 id="create-school">{t('schools.create')}</h2>
        <TextField {...field('name')} maxLength={200} />
        <TextField
          {...field('shortName')}
          required={values.name.trim().length > PAPER_NAME_MAX}
          hint={t('schools.shortNameHint')}
          maxLength={PAPER_NAME_MAX}
        />
        <TextField {...field('region')} maxLength={120} />
        <TextField {...field('locality')} maxLength={120} />
        <TextField {...field('address')} maxLength={300} />
        <SelectField {...field('postOfficeId')}>
          <option value="">{t('common.choose')}</option>
          <OfficeOptions />
        </SelectField>
        <Problem text={create.problem} />
        {create.done && <p role="status">{t('schools.created')}</p>}
        <button type="submit" disabled={create.pending}>
          {t('common.save')}
        </button>
      </form>
    </main>
  );
}
