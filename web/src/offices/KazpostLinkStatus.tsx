import { $api } from '../api/client';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../ui/format';

/** Whether packets are tracked from Kazpost, and when Kazpost was last reached. */
export function KazpostLinkStatus() {
  const { t, tOr, language } = useI18n();
  const status = $api.useQuery('get', '/kazpost/status');
  const when = (at: string | null) => (at ? formatDateTime(at, language) : t('kazpost.never'));
  return (
    <section aria-labelledby="kazpost-link">
      <h2 id="kazpost-link">{t('kazpost.title')}</h2>
      {status.isError && (
        <p className="problem" role="alert">
          {tOr(errorMessageKey(status.error).key, 'errors.unknown')}
        </p>
      )}
      {status.data &&
        (status.data.enabled ? (
          <dl className="facts">
            <dt>{t('kazpost.lastReached')}</dt>
            <dd>{when(status.data.lastReachedAt)}</dd>
            <dt>{t('kazpost.tracked')}</dt>
            <dd>{status.data.trackedPackets}</dd>
            {status.data.lastFailure && (
              <>
                <dt>{t('kazpost.lastFailure')}</dt>
                <dd>
                  {when(status.data.lastFailureAt)}: {status.data.lastFailure}
                </dd>
              </>
            )}
            {status.data.pausedUntil && (
              <>
                <dt>{t('kazpost.pausedUntil')}</dt>
                <dd>{when(status.data.pausedUntil)}</dd>
              </>
            )}
            {status.data.unknownCodes.length > 0 && (
              <>
                <dt>{t('kazpost.unknownCodes')}</dt>
                <dd>{status.data.unknownCodes.join(', ')}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>{t('kazpost.off')}</p>
        ))}
    </section>
  );
}
