import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField, TextField } from '../ui/fields';
import { SCHOOL_ROLES } from './roles';

type Member = components['schemas']['StaffView'];

/**
 * A staff member corrected: name and phone (the director for their school, the admin), and a
 * school member's role (the admin only; the role route ends the person's sessions).
 */
export function StaffForm(props: { member: Member; mayChangeRole: boolean; onDone(): void }) {
  const { member } = props;
  const { t } = useI18n();
  const [values, setValues] = useState({
    fullName: member.fullName,
    phone: member.phone ?? '',
    role: member.role,
  });
  const path = { params: { path: { id: member.id } } };
  const roleChangeable = props.mayChangeRole && SCHOOL_ROLES.includes(member.role);
  const save = useSubmit(
    async () => {
      const corrected = await api.PATCH('/staff/{id}', {
        ...path,
        body: { fullName: values.fullName, phone: values.phone.trim() || null },
      });
      if (corrected.error || values.role === member.role) return corrected;
      return api.PATCH('/staff/{id}/role', { ...path, body: { role: values.role } });
    },
    { invalidate: ['staff'], refreshOnError: true, onDone: props.onDone },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(undefined, event.currentTarget);
  };
  const prefix = `staff-${member.id}`;
  return (
    <form onSubmit={submit} aria-labelledby={`${prefix}-form`} className="inline-form" noValidate>
      <h2 id={`${prefix}-form`} className="visually-hidden">
        {t('records.editOne', { name: member.fullName })}
      </h2>
      <TextField
        id={`${prefix}-fullName`}
        label={t('staff.fullName')}
        required
        maxLength={200}
        {...save.field('fullName')}
        value={values.fullName}
        onChange={(e) => setValues({ ...values, fullName: e.target.value })}
      />
      <TextField
        id={`${prefix}-phone`}
        label={t('staff.phone')}
        hint={t('staff.phoneHint')}
        type="tel"
        maxLength={30}
        {...save.field('phone')}
        value={values.phone}
        onChange={(e) => setValues({ ...values, phone: e.target.value })}
      />
      {roleChangeable ? (
        <SelectField
          id={`${prefix}-role`}
          label={t('staff.role')}
          hint={t('staff.roleHint')}
          {...save.field('role')}
          value={values.role}
          onChange={(e) => setValues({ ...values, role: e.target.value as Member['role'] })}
        >
          {SCHOOL_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="hint">{t('staff.roleByAdmin')}</p>
      )}
      <Problem text={save.problem} />
      <button type="submit" disabled={save.pending}>
        {t('common.save')}
      </button>
    </form>
  );
}
