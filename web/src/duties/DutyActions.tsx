import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { useStaff } from '../staff/queries';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField } from '../ui/fields';
import { byName } from '../ui/format';

type Duty = components['schemas']['DutyView'];

/** An open duty's changes: end it now (asked twice), or hand it to another teacher from today. */
export function DutyActions({ duty }: { duty: Duty }) {
  const { t } = useI18n();
  const staff = useStaff(duty.schoolId);
  const [confirming, setConfirming] = useState(false);
  const [teacherId, setTeacherId] = useState('');
  const path = { params: { path: { id: duty.id } } };
  const options = { invalidate: ['collection-duties'], refreshOnError: true };
  const end = useSubmit(() => api.POST('/collection-duties/{id}/end', path), options);
  const handOver = useSubmit(
    () => api.POST('/collection-duties/{id}/handover', { ...path, body: { teacherId } }),
    options,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    handOver.submit(undefined, event.currentTarget);
  };
  const teachers = (staff.data?.items ?? []).filter(
    (m) => m.role === 'teacher' && m.active && m.id !== duty.teacherId,
  );
  const prefix = `duty-${duty.id}`;
  return (
    <div className="row-actions">
      <form onSubmit={submit} aria-label={t('duties.handOver')} className="inline-form" noValidate>
        <SelectField
          id={`${prefix}-handover`}
          label={t('duties.handOverTo')}
          hint={t('duties.handOverHint')}
          required
          {...handOver.field('teacherId')}
          value={teacherId}
          onChange={(e) => setTeacherId(e.target.value)}
        >
          <option value="">{t('common.choose')}</option>
          {byName(teachers, (m) => m.fullName).map((m) => (
            <option key={m.id} value={m.id}>
              {m.fullName}
            </option>
          ))}
        </SelectField>
        <button type="submit" disabled={handOver.pending}>
          {t('duties.handOver')}
        </button>
      </form>
      {confirming ? (
        <button
          type="button"
          className="danger"
          disabled={end.pending}
          onClick={() => end.submit(undefined)}
        >
          {t('duties.endConfirm')}
        </button>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('duties.end')}
        </button>
      )}
      <Problem text={handOver.problem ?? end.problem} />
    </div>
  );
}
