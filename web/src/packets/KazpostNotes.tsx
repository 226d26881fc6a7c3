import { $api } from '../api/client';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../ui/format';

/** Where Kazpost's own record of the packet disagrees with ours: shown, never merged. */
export function KazpostNotes({ code }: { code: string }) {
  const { t, tOr, language } = useI18n();
  const tracking = $api.useQuery(
    'get',
    '/packets/{code}/kazpost',
    { params: { path: { code } } },
    { retry: false },
  );
  if (tracking.isError)
    return (
      <p className="problem" role="alert">
        {tOr(errorMessageKey(tracking.error).key, 'errors.unknown')}
      </p>
    );
  if (!tracking.data || tracking.data.disagreements.length === 0) return null;
  return (
    <section aria-labelledby="kazpost-notes">
      <h2 id="kazpost-notes">{t('desk.kazpostDiffers')}</h2>
      <ul className="problem">
        {tracking.data.disagreements.map((d) => (
          <li key={`${d.operation}-${d.occurredAt}`}>
            {t(`desk.kazpostNote.${d.kind}`, {
              at: formatDateTime(d.occurredAt, language),
              event: t(`status.${d.event}`),
              office: [d.postcode, d.officeName].filter(Boolean).join(' ') || '—',
              ours: t(`status.${d.ourStatus}`),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
