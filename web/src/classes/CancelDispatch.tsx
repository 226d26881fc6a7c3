import { useState } from 'react';
import { api } from '../api/client';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

/** Takes back a dispatch made by mistake, after asking once; its codes are not reused. */
export function CancelDispatch({ id }: { id: string }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const cancel = useSubmit(
    () => api.POST('/dispatches/{id}/cancel', { params: { path: { id } } }),
    { invalidate: ['dispatches'], refreshOnError: true },
  );
  if (!asking)
    return (
      <button type="button" className="link" onClick={() => setAsking(true)}>
        {t('history.cancel')}
      </button>
    );
  return (
    <div role="group" aria-label={t('history.cancel')}>
      <p>{t('history.cancelAsk')}</p>
      <button type="button" disabled={cancel.pending} onClick={() => cancel.submit(undefined)}>
        {t('history.cancelYes')}
      </button>{' '}
      <button type="button" className="link" onClick={() => setAsking(false)}>
        {t('records.cancel')}
      </button>
      <Problem text={cancel.problem} />
    </div>
  );
}
