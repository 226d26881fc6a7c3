import { useI18n } from '../i18n/i18n';
import type { QueuedScan } from './queue';

/** The clerk's scans, newest first, each with what became of it. */
export function ScanList({ scans }: { scans: QueuedScan[] }) {
  const { t, tOr } = useI18n();
  const outcome = (s: QueuedScan): string =>
    !s.result
      ? t('station.queued')
      : s.result.outcome === 'failed'
        ? tOr(`errors.${s.result.errorCode ?? 'unknown'}`, 'errors.unknown')
        : t(`station.${s.result.outcome}`);
  return (
    <ol className="plain scanned" reversed>
      {[...scans].reverse().map((s) => (
        <li
          key={s.clientId}
          className={s.result?.outcome === 'failed' ? 'late' : s.result ? 'ok' : undefined}
        >
          <strong>{s.code}</strong> — {t(`status.${s.event}`)}: {outcome(s)}
        </li>
      ))}
    </ol>
  );
}
