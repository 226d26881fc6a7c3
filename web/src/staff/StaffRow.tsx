import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { EditableRow } from '../ui/EditableRow';
import { Problem } from '../ui/fields';
import { StaffForm } from './StaffForm';

type Member = components['schemas']['StaffView'];

/** One account: correct it in a form below, switch it off or back on, or give it a new password. */
export function StaffRow(props: { member: Member; self: boolean; mayChangeRole: boolean }) {
  const { member, self } = props;
  const { t } = useI18n();
  return (
    <EditableRow
      columns={5}
      cells={
        <>
          <td>{member.fullName}</td>
          <td>{member.login}</td>
          <td>{t(`role.${member.role}`)}</td>
          <td>{member.active ? t('staff.active') : t('staff.inactive')}</td>
        </>
      }
      actions={!self && <AccountActions member={member} />}
      form={(close) => (
        <StaffForm member={member} mayChangeRole={props.mayChangeRole && !self} onDone={close} />
      )}
    />
  );
}

/** Switch the account off or on; set a new password (told to the person). */
function AccountActions({ member }: { member: Member }) {
  const { t } = useI18n();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  const path = { params: { path: { id: member.id } } };
  const toggle = useSubmit(
    () =>
      member.active
        ? api.POST('/staff/{id}/deactivate', path)
        : api.POST('/staff/{id}/reactivate', path),
    { invalidate: ['staff'] },
  );
  const reset = useSubmit(
    () => api.POST('/staff/{id}/password', { ...path, body: { newPassword: password } }),
    {
      onDone: () => {
        setPassword('');
        setResetting(false);
      },
    },
  );
  const submitReset = (event: FormEvent) => {
    event.preventDefault();
    reset.submit(undefined, event.currentTarget);
  };
  return (
    <>
      <div className="row-actions">
        <button type="button" disabled={toggle.pending} onClick={() => toggle.submit(undefined)}>
          {member.active ? t('staff.deactivate') : t('staff.reactivate')}
        </button>
        <button type="button" onClick={() => setResetting(!resetting)} aria-expanded={resetting}>
          {t('staff.resetPassword')}
        </button>
      </div>
      {resetting && (
        <form onSubmit={submitReset} className="inline-form" noValidate>
          <label htmlFor={`new-password-${member.id}`}>{t('staff.newPassword')}</label>
          <input
            id={`new-password-${member.id}`}
            required
            minLength={10}
            maxLength={200}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" disabled={reset.pending}>
            {t('common.save')}
          </button>
        </form>
      )}
      {reset.done && <p role="status">{t('staff.passwordSet')}</p>}
      <Problem text={toggle.problem ?? reset.problem} />
    </>
  );
}
