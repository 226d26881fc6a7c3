import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

/** Sets the latest scan right when it was wrong: the reason is asked, the scan stays marked. */
export function CorrectScan({ code, eventId }: { code: string; eventId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const correct = useSubmit(
    () =>
      api.POST('/packets/{code}/corrections', {
        params: { path: { code } },
        body: { eventId, reason },
      }),
    { invalidate: ['packets'] },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    correct.submit(undefined, event.currentTarget);
  };
  if (!open)
    return (
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('desk.correct')}
      </button>
    );
  return (
    <form onSubmit={submit} className="inline-form" aria-label={t('desk.correct')} noValidate>
      <label htmlFor={`correct-${eventId}`}>{t('desk.correctWhy')}</label>
      <input
        id={`correct-${eventId}`}
        required
        maxLength={300}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" disabled={correct.pending}>
        {t('desk.correctButton')}
      </button>
      <Problem text={correct.problem} />
    </form>
  );
}
