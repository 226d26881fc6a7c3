import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { dataOf } from '../api/errors';
import { errorMessageKey, fieldProblems } from '../api/problems';
import { MessageKey, useI18n } from '../i18n/i18n';

const FIELDS = [
  { name: 'postcode', label: 'offices.postcode', max: 20, hint: 'offices.postcodeHint' },
  { name: 'name', label: 'offices.name', max: 200 },
  { name: 'address', label: 'offices.address', max: 300 },
  { name: 'locality', label: 'offices.locality', max: 120 },
] as const;
type Field = (typeof FIELDS)[number]['name'];
const EMPTY: Record<Field, string> = { postcode: '', name: '', address: '', locality: '' };

/** One branch by hand; what was typed stays when the API refuses it. */
export function CreateOfficeForm() {
  const { t, tOr } = useI18n();
  const queries = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [problem, setProblem] = useState<string>();
  const [badFields, setBadFields] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState(false);
  const create = useMutation({
    mutationFn: async () => dataOf(await api.POST('/post-offices', { body: values })),
    onSuccess: async () => {
      setValues(EMPTY);
      setDone(true);
      await queries.invalidateQueries({ queryKey: ['post-offices'] });
    },
    onError: (error) => {
      const { key, values: params } = errorMessageKey(error);
      setProblem(tOr(key, 'errors.unknown', params));
      setBadFields(fieldProblems(error));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setBadFields({});
    setDone(false);
    if (!create.isPending) create.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="create-office">
      <h2 id="create-office">{t('offices.create')}</h2>
      {FIELDS.map((field) => (
        <div key={field.name} className="field">
          <label htmlFor={`office-${field.name}`}>{t(field.label)}</label>
          <input
            id={`office-${field.name}`}
            required
            maxLength={field.max}
            aria-invalid={field.name in badFields}
            aria-describedby={'hint' in field ? `office-${field.name}-hint` : undefined}
            value={values[field.name]}
            onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
          />
          {'hint' in field && (
            <small id={`office-${field.name}-hint`}>{t(field.hint as MessageKey)}</small>
          )}
        </div>
      ))}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      {done && <p role="status">{t('offices.created')}</p>}
      <button type="submit" disabled={create.isPending}>
        {t('offices.save')}
      </button>
    </form>
  );
}
