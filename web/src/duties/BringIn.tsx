import type { components } from '../api/schema';
import { api } from '../api/client';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

type Duty = components['schemas']['DutyView'];

/**
 * A carrier back at school: how much work taken back still waits to be brought in, and one
 * button that records it all "collected", so the subject teachers can review it.
 */
export function BringIn({ duty }: { duty: Duty }) {
  const { t } = useI18n();
  const bring = useSubmit(
    () => api.POST('/collection-duties/{id}/brought-in', { params: { path: { id: duty.id } } }),
    { invalidate: ['collection-duties', 'packets'] },
  );
  if (duty.kind !== 'carry') return null;
  return (
    <div>
      <p>{t('bringIn.waiting', { count: duty.toBringIn })}</p>
      {duty.toBringIn > 0 && (
        <button type="button" disabled={bring.pending} onClick={() => bring.submit(undefined)}>
          {t('bringIn.button', { count: duty.toBringIn })}
        </button>
      )}
      {bring.done && <p role="status">{t('bringIn.done')}</p>}
      <Problem text={bring.problem} />
    </div>
  );
}
