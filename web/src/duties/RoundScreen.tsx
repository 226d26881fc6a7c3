import { WAITING_FROM } from '@domain/collection/duty-kind';
import { FormEvent, useState } from 'react';
import { checkS10, normaliseScannedCode } from '@domain/packets/s10';
import type { SessionUser } from '../auth/session';
import { $api, api } from '../api/client';
import { useOffices } from '../offices/queries';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { CameraScan } from '../camera/CameraScan';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField } from '../ui/fields';

type RoundResult = components['schemas']['RoundResult'];
interface Scanned {
  code: string;
  /** What the packet's record says, checked as it was scanned. */
  verdict: 'ready' | 'elsewhere' | 'not_back' | 'unknown' | 'bad_code';
}

/**
 * The collecting teacher at the post office: pick the office, scan each piece of work taken
 * (a USB scanner types the code and Enter), see at once whether it is one to take, then
 * finish the round: every code is recorded as collected in one visit (a carrier's round: as
 * work taken back from the families of by-hand pupils).
 */
export function RoundScreen({ user }: { user: SessionUser }) {
  const { t, tOr } = useI18n();
  const duties = $api.useQuery('get', '/collection-duties');
  const mine = (duties.data?.items ?? []).filter(
    (d) => d.active && (d.teacherId === user.id || user.role !== 'teacher'),
  );
  const [dutyId, setDutyId] = useState('');
  const [officeId, setOfficeId] = useState('');
  const [typed, setTyped] = useState('');
  const [scanned, setScanned] = useState<Scanned[]>([]);
  const [result, setResult] = useState<RoundResult>();
  // Only work checked as ready here is sent and counted; every other code stays on screen
  // with its own reason (not handed in yet, another office, misread), so none is mislabelled.
  const taken = scanned.filter((s) => s.verdict === 'ready');
  const duty = mine.find((d) => d.id === (dutyId || mine[0]?.id));
  const office = officeId || duty?.postOfficeIds[0] || '';
  const offices = useOffices(mine.flatMap((d) => d.postOfficeIds));
  const finish = useSubmit(
    () =>
      api.POST('/collection-duties/{id}/rounds', {
        params: { path: { id: duty?.id ?? '' } },
        body: {
          postOfficeId: office,
          collectedAt: new Date().toISOString(),
          codes: taken.map((s) => s.code),
        },
      }),
    {
      invalidate: ['collection-duties'],
      onDone: (answer) => {
        setResult(answer);
        setScanned((list) => list.filter((s) => s.verdict !== 'ready'));
      },
    },
  );
  // A typed or USB-scanned code, or one the camera read (already checked).
  const take = async (scannedCode: string) => {
    const code = normaliseScannedCode(scannedCode);
    if (!code || scanned.some((s) => s.code === code)) return;
    setResult(undefined);
    if (!checkS10(code).valid)
      return setScanned((list) => [{ code, verdict: 'bad_code' }, ...list]);
    const { data } = await api.GET('/packets/{code}', { params: { path: { code } } });
    const packet = data as { status?: string; destinationOfficeId?: string } | undefined;
    const verdict: Scanned['verdict'] = !packet
      ? 'unknown'
      : packet.status !== WAITING_FROM[duty?.kind ?? 'collect']
        ? 'not_back'
        : packet.destinationOfficeId !== office
          ? 'elsewhere'
          : 'ready';
    setScanned((list) => [{ code, verdict }, ...list]);
  };
  const scan = (event: FormEvent) => {
    event.preventDefault();
    setTyped('');
    void take(typed);
  };
  const officeLabel = (id: string) => {
    const o = offices.get(id);
    return o ? `${o.postcode} — ${o.name}, ${o.locality}` : id;
  };
  if (duties.isSuccess && mine.length === 0)
    return (
      <main>
        <h1>{t('round.title')}</h1>
        <p>{t('round.noDuty')}</p>
      </main>
    );
  return (
    <main>
      <h1>{t('round.title')}</h1>
      {mine.length > 1 && (
        <SelectField
          id="round-duty"
          label={t('round.duty')}
          value={duty?.id ?? ''}
          onChange={(e) => setDutyId(e.target.value)}
        >
          {mine.map((d) => (
            <option key={d.id} value={d.id}>
              {d.teacherName} — {t(`duties.kind.${d.kind}`)}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        id="round-office"
        label={t('round.office')}
        value={office}
        onChange={(e) => setOfficeId(e.target.value)}
      >
        {(duty?.postOfficeIds ?? []).map((id) => (
          <option key={id} value={id}>
            {officeLabel(id)}
          </option>
        ))}
      </SelectField>
      {/* Shown once the duty and its office are known (a scan before could not be judged),
          so the field takes the scanner's focus as it appears. */}
      {duty && (
        <form onSubmit={scan} className="scan-form" noValidate>
          <label htmlFor="round-code">{t('round.code')}</label>
          <input
            id="round-code"
            autoFocus
            autoComplete="off"
            maxLength={40}
            aria-describedby="round-code-hint"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <small id="round-code-hint">{t('round.codeHint')}</small>
        </form>
      )}
      {duty && <CameraScan onCode={(code) => void take(code)} />}
      <ul className="plain scanned" aria-live="polite">
        {scanned.map((s) => (
          <li key={s.code} className={s.verdict === 'ready' ? 'ok' : 'late'}>
            <strong>{s.code}</strong> — {t(`round.verdict.${s.verdict}`)}
          </li>
        ))}
      </ul>
      <Problem text={finish.problem} />
      <button
        type="button"
        disabled={finish.pending || !duty}
        onClick={() => finish.submit(undefined)}
      >
        {taken.length > 0 ? t('round.finish', { count: taken.length }) : t('round.finishEmpty')}
      </button>
      {result && (
        <section role="status" aria-labelledby="round-done">
          <h2 id="round-done">{t('round.done', { taken: result.taken.length })}</h2>
          <ul className="plain">
            {result.taken.map((p) => (
              <li key={p.code} className="ok">
                {p.code} — {p.classLabel}, {p.pupilInitials}
              </li>
            ))}
            {result.refused.map((r) => (
              <li key={r.code} className="late">
                {r.code} —{' '}
                {tOr(
                  `errors.${r.errorCode}`,
                  'errors.unknown',
                  (r.details ?? {}) as Record<string, string>,
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
