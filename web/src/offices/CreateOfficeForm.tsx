import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { useSubmit } from '../api/useSubmit';
import { MessageKey, useI18n } from '../i18n/i18n';
import { Problem, TextField } from '../ui/fields';

const FIELDS = [
  { name: 'postcode', label: 'offices.postcode', max: 20, hint: 'offices.postcodeHint' },
  { name: 'name', label: 'offices.name', max: 200 },
  { name: 'address', label: 'offices.address', max: 300 },
  { name: 'locality', label: 'offices.locality', max: 120 },
] as const;
type Field = (typeof FIELDS)[number]['name'];
const EMPTY: Record<Field, string> = { postcode: '', name: '', address: '', locality: '' };

/** One branch by hand; what was typed stays when the API refuses it, each refusal at its field. */
export function CreateOfficeForm() {
  const { t } = useI18n();
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const create = useSubmit(() => api.POST('/post-offices', { body: values }), {
    invalidate: ['post-offices'],
    onDone: () => {
      setValues(EMPTY);
      setDone(true);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    create.submit(undefined);
  };
  return (
    <form onSubmit={submit} aria-labelledby="create-office">
      <h2 id="create-office">{t('offices.create')}</h2>
      {FIELDS.map((field) => (
        <TextField
          key={field.name}
          id={`office-${field.name}`}
          label={t(field.label)}
          hint={'hint' in field ? t(field.hint as MessageKey) : undefined}
          required
          maxLength={field.max}
          {...create.field(field.name)}
          value={values[field.name]}
          onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
        />
      ))}
      <Problem text={create.problem} />
      {done && <p role="status">{t('offices.created')}</p>}
      <button type="submit" disabled={create.pending}>
        {t('offices.save')}
      </button>
    </form>
  );
}
