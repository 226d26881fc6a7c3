import { HAND_OVER_EVENT, ROUND_EVENT, type RoundEvent } from '@domain/collection/duty-kind';
import { FormEvent, useState } from 'react';
import { checkS10, normaliseScannedCode } from '@domain/packets/s10';
import { initialsOf } from '@domain/packets/packet-brief';
import type { SessionUser } from '../auth/session';
import { $api, api } from '../api/client';
import { useOffices } from '../offices/queries';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { CameraScan } from '../camera/CameraScan';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField } from '../ui/fields';
import { Link } from '../ui/router';
import { BringIn } from './BringIn';
import { CarrierStepChoice } from './CarrierStepChoice';
import { RoundDone, ScannedList, type Scanned } from './RoundLists';
import { roundVerdict, type ScannedPacket } from './round-verdict';

type RoundResult = components['schemas']['RoundResult'];

/** What a packet printed for its pupil: enough to tell the carrier whose it is. */
interface PrintedFor {
  snapshot: { student: { fullName: string }; schoolClass: { grade: number; letter: string } };
}

const whoFor = (packet: Partial<PrintedFor> | undefined): string | undefined => {
  const printed = packet?.snapshot;
  if (!printed) return undefined;
  const { grade, letter } = printed.schoolClass;
  return `${grade} ${letter}, ${initialsOf(printed.student.fullName)}`;
};

/**
 * A duty's visit: the collecting teacher at the post office takes the work handed in; the
 * carrier in a village hands new by-hand packets over to the families and takes their work
 * back. Each code scanned (a USB scanner types it and Enter) or typed is judged at once; the
 * visit is then recorded as one round.
 */
export function RoundScreen({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const duties = $api.useQuery('get', '/collection-duties');
  const mine = (duties.data?.items ?? []).filter(
    (d) => d.active && (d.teacherId === user.id || user.role !== 'teacher'),
  );
  const [dutyId, setDutyId] = useState('');
  const [officeId, setOfficeId] = useState('');
  const [chosenStep, setStep] = useState<RoundEvent>(HAND_OVER_EVENT);
  const [typed, setTyped] = useState('');
  const [scanned, setScanned] = useState<Scanned[]>([]);
  const [result, setResult] = useState<RoundResult>();
  // A visit with nothing handed over or taken back still resets the 14-day rule: asked first.
  const [askEmpty, setAskEmpty] = useState(false);
  const duty = mine.find((d) => d.id === (dutyId || mine[0]?.id));
  const carry = duty?.kind === 'carry';
  const step: RoundEvent = carry ? chosenStep : ROUND_EVENT.collect;
  const office = officeId || duty?.postOfficeIds[0] || '';
  const offices = useOffices(mine.flatMap((d) => d.postOfficeIds));
  // Only what was checked as ready here is sent and counted; every other code stays on screen
  // with its own reason, so none is mislabelled.
  const ready = (event: RoundEvent) =>
    scanned.filter((s) => s.verdict === 'ready' && s.event === event).map((s) => s.code);
  const handOvers = ready(HAND_OVER_EVENT);
  const taken = ready(ROUND_EVENT[duty?.kind ?? 'collect']);
  const finish = useSubmit(
    () =>
      api.POST('/collection-duties/{id}/rounds', {
        params: { path: { id: duty?.id ?? '' } },
        body: {
          postOfficeId: office,
          collectedAt: new Date().toISOString(),
          codes: taken,
          ...(carry ? { handedOver: handOvers } : {}),
        },
      }),
    {
      invalidate: ['collection-duties', 'packets'],
      // The visit is over: its refusals are in the answer below, the next visit starts clean.
      onDone: (answer) => {
        setResult(answer);
        setScanned([]);
        setAskEmpty(false);
      },
    },
  );
  // A typed or USB-scanned code, or one the camera read (already checked).
  const take = async (scannedCode: string) => {
    const code = normaliseScannedCode(scannedCode);
    // Only a code already waiting to be recorded is ignored; a refused one is judged again.
    const waiting = (s: Scanned) => s.code === code && s.event === step && s.verdict === 'ready';
    if (!code || scanned.some(waiting)) return;
    setResult(undefined);
    setAskEmpty(false);
    // Scanned again for another step (handed over after "not yet handed over"): the new verdict
    // replaces the old refusal.
    const add = (entry: Scanned) =>
      setScanned((list) => [
        entry,
        ...list.filter((s) => s.code !== code || s.verdict === 'ready'),
      ]);
    if (!checkS10(code).valid) return add({ code, event: step, verdict: 'bad_code' });
    const answer = await api
      .GET('/packets/{code}', { params: { path: { code } } })
      .catch(() => undefined);
    // Not found is "unknown"; no answer at all must not pass for it, nor vanish.
    if (!answer || (!answer.data && answer.response.status !== 404))
      return add({ code, event: step, verdict: 'not_checked' });
    const packet = answer.data as Partial<ScannedPacket & PrintedFor> | undefined;
    const found = packet?.status ? ({ byHand: false, ...packet } as ScannedPacket) : undefined;
    add({ code, event: step, verdict: roundVerdict(found, step, office), who: whoFor(packet) });
  };
  const remove = (gone: Scanned) =>
    setScanned((list) => list.filter((s) => s.code !== gone.code || s.event !== gone.event));
  const finishVisit = () => {
    if (handOvers.length + taken.length === 0 && !askEmpty) return setAskEmpty(true);
    finish.submit(undefined);
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
  const title = t(carry ? 'round.carryTitle' : 'round.title');
  if (duties.isSuccess && mine.length === 0)
    return (
      <main>
        <h1>{t('nav.round')}</h1>
        <p>{t('round.noDuty')}</p>
      </main>
    );
  return (
    <main>
      <h1>{title}</h1>
      {carry && (
        <p className="no-print">
          <Link to={`/round/${duty.id}/carry`}>{t('carry.open')}</Link>
        </p>
      )}
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
        label={t(carry ? 'round.village' : 'round.office')}
        value={office}
        onChange={(e) => setOfficeId(e.target.value)}
      >
        {(duty?.postOfficeIds ?? []).map((id) => (
          <option key={id} value={id}>
            {officeLabel(id)}
          </option>
        ))}
      </SelectField>
      {carry && <CarrierStepChoice step={step} onChange={setStep} />}
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
      <ScannedList scanned={scanned} onRemove={remove} />
      <Problem text={finish.problem} />
      {askEmpty && <p role="alert">{t('round.emptyAsk')}</p>}
      <button type="button" disabled={finish.pending || !duty} onClick={finishVisit}>
        {askEmpty
          ? t('round.emptyYes')
          : carry
            ? t('round.finishCarry', { handed: handOvers.length, taken: taken.length })
            : taken.length > 0
              ? t('round.finish', { count: taken.length })
              : t('round.finishEmpty')}
      </button>
      {result && <RoundDone result={result} carry={carry} />}
      {carry && <BringIn duty={duty} />}
    </main>
  );
}
