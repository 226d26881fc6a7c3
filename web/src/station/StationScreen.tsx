import { FormEvent, useCallback, useEffect, useState } from 'react';
import { checkS10, normaliseScannedCode } from '@domain/packets/s10';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { SelectField } from '../ui/fields';
import { addScan, allScans, QueuedScan } from './queue';
import { syncStation } from './sync';

type ScanDto = components['schemas']['ScanDto'];
const EVENTS: ScanDto['event'][] = [
  'posted',
  'arrived',
  'delivered',
  'return_received',
  'undeliverable',
  'lost',
];
const REASONS: NonNullable<ScanDto['reason']>[] = [
  'address_not_found',
  'addressee_absent',
  'refused',
  'moved_away',
];

const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * The clerk's scan station: choose what happened, scan codes one after another. Every scan is
 * kept in the browser first and sent when the service can be reached, in order, with its
 * station time; with no connection the station keeps working, across reloads and restarts.
 */
export function StationScreen({ userId }: { userId: string }) {
  const { t, tOr } = useI18n();
  const [event, setEvent] = useState<ScanDto['event']>('arrived');
  const [reason, setReason] = useState<NonNullable<ScanDto['reason']>>('address_not_found');
  const [typed, setTyped] = useState('');
  const [misread, setMisread] = useState<string>();
  // Undefined until the browser's queue has been read: no count is shown before it is known.
  const [stored, setScans] = useState<QueuedScan[]>();
  const scans = stored ?? [];
  const [browserOnline, setOnline] = useState(navigator.onLine);
  // Unreachable: the scans wait for the next try.
  const [reachable, setReachable] = useState(true);
  const online = browserOnline && reachable;
  const refresh = useCallback(async () => setScans(await allScans(userId)), [userId]);
  const send = useCallback(async () => {
    setReachable(await syncStation(userId));
    await refresh();
  }, [refresh, userId]);
  useEffect(() => {
    void send();
    const up = () => {
      setOnline(true);
      void send();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    const timer = setInterval(() => void send(), 15_000);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      clearInterval(timer);
    };
  }, [send]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const code = normaliseScannedCode(typed);
    setTyped('');
    if (!checkS10(code).valid) return setMisread(code);
    setMisread(undefined);
    await addScan({
      userId,
      clientId: newId(),
      code,
      event,
      reason: event === 'undeliverable' ? reason : undefined,
      scannedAt: new Date().toISOString(),
    });
    await refresh();
    if (navigator.onLine) void send();
  };
  const waiting = scans.filter((s) => !s.result).length;
  const outcome = (s: QueuedScan): string =>
    !s.result
      ? t('station.queued')
      : s.result.outcome === 'failed'
        ? tOr(`errors.${s.result.errorCode ?? 'unknown'}`, 'errors.unknown')
        : t(`station.${s.result.outcome}`);
  return (
    <main>
      <h1>{t('station.title')}</h1>
      <p role="status" className={online ? 'ok' : 'late'}>
        {online ? t('station.online') : t('station.offline')}{' '}
        {t('station.waiting', { count: waiting })}
      </p>
      <div className="inline-fields">
        <SelectField
          id="station-event"
          label={t('station.event')}
          value={event}
          onChange={(e) => setEvent(e.target.value as ScanDto['event'])}
        >
          {EVENTS.map((ev) => (
            <option key={ev} value={ev}>
              {t(`status.${ev}`)}
            </option>
          ))}
        </SelectField>
        {event === 'undeliverable' && (
          <SelectField
            id="station-reason"
            label={t('desk.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value as typeof reason)}
          >
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`desk.reason.${r}`)}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <form onSubmit={(e) => void submit(e)} className="scan-form">
        <label htmlFor="station-code">{t('round.code')}</label>
        <input
          id="station-code"
          autoFocus
          autoComplete="off"
          maxLength={40}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </form>
      {misread && (
        <p className="problem" role="alert">
          {misread} — {t('round.verdict.bad_code')}
        </p>
      )}
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
    </main>
  );
}
