import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { errorBody } from '../api/errors';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField, TextField } from '../ui/fields';
import { OfficePicker } from '../offices/OfficePicker';

type Student = components['schemas']['Student'];
const FIELDS = [
  ['fullName', 200],
  ['address', 300],
  ['postcode', 20],
  ['guardianName', 200],
  ['guardianPhone', 30],
] as const;
/** What only a pupil already on the roll has: left the class, the guardian opted out of SMS. */
const SWITCHES = ['active', 'smsOptOut'] as const;

const valuesOf = (pupil?: Student) => ({
  fullName: pupil?.fullName ?? '',
  address: pupil?.address ?? '',
  postcode: pupil?.postcode ?? '',
  postOfficeId: pupil?.postOfficeId ?? '',
  delivery: pupil?.delivery ?? 'pickup',
  guardianName: pupil?.guardianName ?? '',
  guardianPhone: pupil?.guardianPhone ?? '',
  active: pupil?.active ?? true,
  smsOptOut: pupil?.smsOptOut ?? false,
});

/** A pupil added by hand, or one corrected (an address, a phone, left the class). */
export function PupilForm({
  classId,
  pupil,
  onDone,
}: {
  classId: string;
  pupil?: Student;
  onDone(): void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => valuesOf(pupil));
  // A namesake in the class may be another child: added once the person says so.
  const [confirmNamesake, setConfirmNamesake] = useState(false);
  const save = useSubmit(
    () => {
      // A pupil's channel is the deputy's to change (ChannelChange), not the form's.
      const { delivery, ...corrected } = values;
      if (pupil)
        return api.PATCH('/students/{id}', {
          params: { path: { id: pupil.id } },
          body: corrected,
        });
      const { active, smsOptOut, ...fields } = corrected;
      return api.POST('/students', {
        body: { ...fields, delivery, classId, confirmNamesake: confirmNamesake || undefined },
      });
    },
    {
      invalidate: ['students'],
      onDone: () => {
        if (!pupil) setValues(valuesOf());
        setConfirmNamesake(false);
        onDone();
      },
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(undefined, event.currentTarget);
  };
  const id = (name: string) => `pupil-${pupil?.id ?? 'new'}-${name}`;
  return (
    <form
      onSubmit={submit}
      aria-label={pupil ? t('pupils.edit') : t('pupils.add')}
      className="panel"
      noValidate
    >
      {FIELDS.map(([name, max]) => (
        <TextField
          key={name}
          id={id(name)}
          label={t(`pupils.${name}`)}
          hint={name === 'guardianPhone' ? t('pupils.phoneHint') : undefined}
          required
          maxLength={max}
          {...save.field(name)}
          value={values[name]}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
      ))}
      <OfficePicker
        id={id('office')}
        label={t('pupils.postOfficeId')}
        required
        {...save.field('postOfficeId')}
        value={values.postOfficeId}
        onChange={(postOfficeId) => setValues({ ...values, postOfficeId })}
      />
      {!pupil && (
        <SelectField
          id={id('delivery')}
          label={t('pupils.delivery')}
          value={values.delivery}
          onChange={(e) =>
            setValues({ ...values, delivery: e.target.value as Student['delivery'] })
          }
        >
          <option value="pickup">{t('pupils.pickup')}</option>
          <option value="door">{t('pupils.door')}</option>
        </SelectField>
      )}
      {pupil &&
        SWITCHES.map((name) => (
          <label key={name} className="check">
            <input
              type="checkbox"
              checked={values[name]}
              onChange={(e) => setValues({ ...values, [name]: e.target.checked })}
            />
            {t(`pupils.${name}`)}
          </label>
        ))}
      <Problem text={save.problem} />
      {(confirmNamesake || errorBody(save.error)?.code === 'student.namesake') && (
        <label className="check">
          <input
            type="checkbox"
            checked={confirmNamesake}
            onChange={(e) => setConfirmNamesake(e.target.checked)}
          />
          {t('pupils.confirmNamesake')}
        </label>
      )}
      <button type="submit" disabled={save.pending}>
        {t('common.save')}
      </button>
    </form>
  );
}
