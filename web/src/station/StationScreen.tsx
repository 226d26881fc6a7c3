import { FormEvent, useState } from 'react';
import { checkS10, normaliseScannedCode } from '@domain/packets/s10';
import { CameraScan } from '../camera/CameraScan';
import { useI18n } from '../i18n/i18n';
import { SelectField } from '../ui/fields';
import { Choice, choiceKey, parseChoice, REASONS, STATION_EVENTS } from './choice';
import { LostConfirm } from './LostConfirm';
import { ScanList } from './ScanList';
import { useStationQueue } from './useStationQueue';

const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * The clerk's scan station: choose what happened (kept across reloads), scan codes one after
 * another. Every scan is kept in the browser first and sent when the service can be reached,
 * in order, with its station time; with no connection the station keeps working. A misread
 * code stays in the list with what was wrong; "lost", which ends a packet's journey, is asked
 * again before it is recorded.
 */
export function StationScreen({ userId }: { userId: string }) {
  const { t } = useI18n();
  const [choice, setChoiceState] = useState<Choice>(() =>
    parseChoice(localStorage.getItem(choiceKey(userId))),
  );
  const setChoice = (next: Choice) => {
    localStorage.setItem(choiceKey(userId), JSON.stringify(next));
    setChoiceState(next);
  };
  const [typed, setTyped] = useState('');
  const [misread, setMisread] = useState<string>();
  const [toConfirm, setToConfirm] = useState<string>();
  const { scans, online, add } = useStationQueue(userId);
  const record = (code: string) =>
    add({
      userId,
      clientId: newId(),
      code,
      event: choice.event,
      reason: choice.event === 'undeliverable' ? choice.reason : undefined,
      scannedAt: new Date().toISOString(),
    });
  // A typed or USB-scanned code, or one the camera read (already checked).
  const take = async (scanned: string) => {
    const code = normaliseScannedCode(scanned);
    if (!code) return;
    const check = checkS10(code);
    if (!check.valid) {
      setMisread(code);
      // Kept in the list, never sent: the clerk sees which parcel to scan again.
      const errorCode =
        check.reason === 'format' ? 'packet.code_format' : 'packet.code_check_digit';
      return add({
        userId,
        clientId: newId(),
        code,
        event: choice.event,
        scannedAt: new Date().toISOString(),
        result: { outcome: 'failed', errorCode },
      });
    }
    setMisread(undefined);
    if (choice.event === 'lost') return setToConfirm(code);
    await record(code);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTyped('');
    void take(typed);
  };
  const waiting = (scans ?? []).filter((s) => !s.result).length;
  return (
    <main>
      <h1>{t('station.title')}</h1>
      <p role="status" className={online ? 'ok' : 'late'}>
        {online ? t('station.online') : t('station.offline')}{' '}
        {scans && t('station.waiting', { count: waiting })}
      </p>
      <div className="inline-fields">
        <SelectField
          id="station-event"
          label={t('station.event')}
          value={choice.event}
          onChange={(e) => setChoice({ ...choice, event: e.target.value as Choice['event'] })}
        >
          {STATION_EVENTS.map((ev) => (
            <option key={ev} value={ev}>
              {t(`status.${ev}`)}
            </option>
          ))}
        </SelectField>
        {choice.event === 'undeliverable' && (
          <SelectField
            id="station-reason"
            label={t('desk.reason')}
            value={choice.reason}
            onChange={(e) => setChoice({ ...choice, reason: e.target.value as Choice['reason'] })}
          >
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`desk.reason.${r}`)}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <form onSubmit={submit} className="scan-form" noValidate>
        <label htmlFor="station-code">{t('round.code')}</label>
        <input
          id="station-code"
          autoFocus
          autoComplete="off"
          maxLength={40}
          disabled={toConfirm !== undefined}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </form>
      <CameraScan
        onCode={(code) => {
          // While "lost" is being confirmed, the camera's reads wait for the answer.
          if (toConfirm === undefined) void take(code);
        }}
      />
      {toConfirm && (
        <LostConfirm
          code={toConfirm}
          onAnswer={(confirmed) => {
            if (confirmed) void record(toConfirm);
            setToConfirm(undefined);
            setTimeout(() => document.getElementById('station-code')?.focus());
          }}
        />
      )}
      {misread && (
        <p className="problem" role="alert">
          {misread} — {t('round.verdict.bad_code')}
        </p>
      )}
      <ScanList scans={scans ?? []} />
    </main>
  );
}
