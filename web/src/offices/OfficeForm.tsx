import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { MessageKey, useI18n } from '../i18n/i18n';
import { Problem, TextField } from '../ui/fields';

type Office = components['schemas']['PostOffice'];

const FIELDS = [
  { name: 'postcode', label: 'offices.postcode', max: 20, hint: 'offices.postcodeHint' },
  { name: 'name', label: 'offices.name', max: 200 },
  { name: 'address', label: 'offices.address', max: 300 },
  { name: 'locality', label: 'offices.locality', max: 120 },
] as const;
type Field = (typeof FIELDS)[number]['name'];

const valuesOf = (office?: Office): Record<Field, string> => ({
  postcode: office?.postcode ?? '',
  name: office?.name ?? '',
  address: office?.address ?? '',
  locality: office?.locality ?? '',
});

/** A new branch, or a registered one corrected; what was typed stays when the API refuses it. */
export function OfficeForm({ office, onDone }: { office?: Office; onDone?(): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => valuesOf(office));
  const idPrefix = office ? `office-${office.id}` : 'office';
  const save = useSubmit(
    () =>
      office
        ? api.PATCH('/post-offices/{id}', { params: { path: { id: office.id } }, body: values })
        : api.POST('/post-offices', { body: values }),
    {
      invalidate: ['post-offices'],
      onDone: () => {
        if (!office) setValues(valuesOf());
        onDone?.();
      },
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(undefined, event.currentTarget);
  };
  const headingId = `${idPrefix}-form`;
  return (
    <form
      onSubmit={submit}
      aria-labelledby={headingId}
      className={office ? 'inline-form' : ''}
      noValidate
    >
      <h2 id={headingId} className={office ? 'visually-hidden' : undefined}>
        {office ? t('records.editOne', { name: office.name }) : t('offices.create')}
      </h2>
      {FIELDS.map((field) => (
        <TextField
          key={field.name}
          id={`${idPrefix}-${field.name}`}
          label={t(field.label)}
          hint={'hint' in field ? t(field.hint as MessageKey) : undefined}
          required
          maxLength={field.max}
          {...save.field(field.name)}
          value={values[field.name]}
          onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
        />
      ))}
      <Problem text={save.problem} />
      {save.done && !office && <p role="status">{t('offices.created')}</p>}
      <button type="submit" disabled={save.pending}>
        {t('offices.save')}
      </button>
    </form>
  );
}
