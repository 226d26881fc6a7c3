import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { OfficePicker } from '../offices/OfficePicker';
import { Problem, TextField } from '../ui/fields';

type School = components['schemas']['School'];
type Text = 'name' | 'shortName' | 'region' | 'locality' | 'address';

/** Longer names need a short name for paper (covers, slips, manifests); the API says the same. */
const PAPER_NAME_MAX = 60;

const valuesOf = (school?: School) => ({
  name: school?.name ?? '',
  shortName: school?.shortName ?? '',
  region: school?.region ?? '',
  locality: school?.locality ?? '',
  address: school?.address ?? '',
  postOfficeId: school?.postOfficeId ?? '',
});

/** A new school, or a registered one corrected, with the post office its packets leave from. */
export function SchoolForm({ school, onDone }: { school?: School; onDone?(): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => valuesOf(school));
  const body = { ...values, shortName: values.shortName.trim() || undefined };
  const save = useSubmit(
    () =>
      school
        ? api.PATCH('/schools/{id}', { params: { path: { id: school.id } }, body })
        : api.POST('/schools', { body }),
    {
      invalidate: ['schools'],
      onDone: () => {
        if (!school) setValues(valuesOf());
        onDone?.();
      },
    },
  );
  const prefix = school ? `school-${school.id}` : 'school';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(undefined, event.currentTarget);
  };
  const field = (name: Text, maxLength: number) => ({
    id: `${prefix}-${name}`,
    label: t(`schools.${name}`),
    required: name !== 'shortName' || values.name.trim().length > PAPER_NAME_MAX,
    maxLength,
    ...save.field(name),
    value: values[name],
    onChange: (e: { target: { value: string } }) =>
      setValues({ ...values, [name]: e.target.value }),
  });
  return (
    <form onSubmit={submit} aria-labelledby={`${prefix}-form`} className="panel" noValidate>
      <h2 id={`${prefix}-form`}>
        {school ? t('records.editOne', { name: school.name }) : t('schools.create')}
      </h2>
      <TextField {...field('name', 200)} />
      <TextField {...field('shortName', PAPER_NAME_MAX)} hint={t('schools.shortNameHint')} />
      <TextField {...field('region', 120)} />
      <TextField {...field('locality', 120)} />
      <TextField {...field('address', 300)} />
      <OfficePicker
        id={`${prefix}-postOfficeId`}
        label={t('schools.postOfficeId')}
        required
        {...save.field('postOfficeId')}
        value={values.postOfficeId}
        onChange={(postOfficeId) => setValues({ ...values, postOfficeId })}
      />
      <Problem text={save.problem} />
      {save.done && <p role="status">{t(school ? 'records.saved' : 'schools.created')}</p>}
      <button type="submit" disabled={save.pending}>
        {t('common.save')}
      </button>
    </form>
  );
}
