import { useQueries } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { classPupils, useClasses } from '../classes/queries';
import type { components } from '../api/schema';
import { errorBody } from '../api/errors';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { FieldError, Problem, TextField } from '../ui/fields';
import { DateField } from '../ui/DateField';
import { byClass, byName, classLabel, formatDate, localDay } from '../ui/format';
import { PrintJobPanel } from './PrintJobPanel';
import { PrintLinks } from './PrintLinks';
import { CaseChoice, type Fit } from './CaseChoice';

type SchoolClass = components['schemas']['SchoolClass'];
type Made = components['schemas']['DispatchesMade']['items'];

const fits = (c: Fit, k: Fit) => c.grade === k.grade && c.language === k.language;

/** Each grade and language among the classes once, in grade order. */
const fitsOf = (classes: Fit[]): Fit[] =>
  classes
    .filter((c, i) => classes.findIndex((o) => fits(o, c)) === i)
    .map(({ grade, language }) => ({ grade, language }))
    .sort((a, b) => a.grade - b.grade || a.language.localeCompare(b.language));

/**
 * Send cases by post: classes (one, a grade, the whole school), the cases written for them,
 * the pupils (all unless unticked), the return date; then the print run and the post office's
 * lists, one click each.
 */
export function DispatchScreen({ initialClass }: { initialClass?: string }) {
  const { t, language } = useI18n();
  const classes = byClass(useClasses().data?.items ?? []);
  const [chosenClasses, setChosenClasses] = useState<string[]>(initialClass ? [initialClass] : []);
  const [chosenCases, setChosenCases] = useState<(Fit & { id: string })[]>([]);
  const [caseSearch, setCaseSearch] = useState('');
  const [leftOut, setLeftOut] = useState<string[]>([]);
  const [returnDueOn, setReturnDueOn] = useState(localDay(14));
  const [made, setMade] = useState<Made>();
  const selected = classes.filter((c) => chosenClasses.includes(c.id));
  // Each chosen class's active pupils, in Kazakh order of their names.
  const pupilLists = useQueries({
    queries: selected.map((c) => classPupils(c.id)),
    combine: (answers) =>
      answers.map((a) =>
        byName(
          (a.data?.items ?? []).filter((p) => p.active),
          (p) => p.fullName,
        ),
      ),
  });
  const pupilsOf = new Map(selected.map((c, i) => [c.id, pupilLists[i] ?? []]));
  const caseIds = chosenCases.filter((k) => selected.some((c) => fits(c, k))).map((k) => k.id);
  const packets = selected.reduce(
    (sum, c) => sum + (pupilsOf.get(c.id) ?? []).filter((p) => !leftOut.includes(p.id)).length,
    0,
  );
  const send = useSubmit(
    (confirmRepeat: boolean) =>
      api.POST('/dispatches/batch', {
        body: {
          classes: selected.map((c) => {
            const all = pupilsOf.get(c.id) ?? [];
            const kept = all.filter((p) => !leftOut.includes(p.id)).map((p) => p.id);
            return { classId: c.id, studentIds: kept.length === all.length ? undefined : kept };
          }),
          caseIds,
          returnDueOn,
          confirmRepeat,
        },
      }),
    { invalidate: ['dispatches'], onDone: (answer) => setMade(answer.items) },
  );
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id);
  const grades = [...new Set(classes.map((c) => c.grade))];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (selected.length === 0) missing.classes = 'dispatch.needClasses';
    else if (packets === 0) missing.pupils = 'dispatch.needPupils';
    if (caseIds.length === 0) missing.caseIds = 'dispatch.needCases';
    send.submit(false, event.currentTarget, missing);
  };
  /** A group of ticks marked with what it lacks; ticking one takes the words away. */
  const fieldsetOf = (name: string) => {
    const { invalid, error, onInput } = send.field(name);
    return {
      'aria-invalid': invalid || undefined,
      'aria-describedby': error ? `dispatch-${name}-error` : undefined,
      onInput,
    };
  };
  const repeated = repeatOf(send.error);
  if (made) {
    const online = made.reduce((s, d) => s + d.leftOutOnline, 0);
    return (
      <main>
        <h1>{t('dispatch.sent')}</h1>
        <p role="status">
          {t('dispatch.sentCount', { packets: made.reduce((s, d) => s + d.packetCount, 0) })}
          {online > 0 && ` ${t('dispatch.leftOutOnline', { count: online })}`}
        </p>
        <PrintJobPanel dispatchIds={made.map((d) => d.id)} />
        <section aria-labelledby="manifests">
          <h2 id="manifests">{t('dispatch.perClass')}</h2>
          <ul className="plain">
            {made.map((d) => {
              const c = classes.find((x) => x.id === d.classId) as SchoolClass;
              return (
                <li key={d.id}>
                  <strong>{classLabel(c)}</strong>: {t('history.packets')} {d.packetCount}
                  <PrintLinks dispatch={d} label={classLabel(c)} />
                </li>
              );
            })}
          </ul>
        </section>
      </main>
    );
  }
  return (
    <main>
      <h1>{t('dispatch.title')}</h1>
      <form onSubmit={submit} aria-label={t('dispatch.title')} noValidate>
        <fieldset {...fieldsetOf('classes')}>
          <legend>{t('dispatch.classes')}</legend>
          <FieldError id="dispatch-classes" text={send.field('classes').error} />
          <button type="button" onClick={() => setChosenClasses(classes.map((c) => c.id))}>
            {t('dispatch.wholeSchool')}
          </button>
          {grades.map((grade) => {
            const ofGrade = classes.filter((c) => c.grade === grade);
            return (
              <div key={grade} className="grade-row">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={ofGrade.every((c) => chosenClasses.includes(c.id))}
                    onChange={(e) =>
                      setChosenClasses(
                        e.target.checked
                          ? [...new Set([...chosenClasses, ...ofGrade.map((c) => c.id)])]
                          : chosenClasses.filter((id) => !ofGrade.some((c) => c.id === id)),
                      )
                    }
                  />
                  {t('dispatch.wholeGrade', { grade })}
                </label>
                {ofGrade.map((c) => (
                  <label key={c.id} className="check">
                    <input
                      type="checkbox"
                      checked={chosenClasses.includes(c.id)}
                      onChange={(e) =>
                        setChosenClasses(toggle(chosenClasses, c.id, e.target.checked))
                      }
                    />
                    {classLabel(c)} ({t(`language.${c.language}`)})
                  </label>
                ))}
              </div>
            );
          })}
        </fieldset>
        <fieldset {...fieldsetOf('caseIds')}>
          <legend>{t('dispatch.cases')}</legend>
          <FieldError id="dispatch-caseIds" text={send.field('caseIds').error} />
          {selected.length > 0 && (
            <TextField
              id="dispatch-case-search"
              type="search"
              label={t('cases.search')}
              maxLength={100}
              value={caseSearch}
              onChange={(e) => setCaseSearch(e.target.value)}
            />
          )}
          {fitsOf(selected).map((fit) => (
            <CaseChoice
              key={`${fit.grade}-${fit.language}`}
              fit={fit}
              search={caseSearch}
              chosen={caseIds}
              onToggle={(k, on) =>
                setChosenCases(
                  on ? [...chosenCases, k] : chosenCases.filter((chosen) => chosen.id !== k.id),
                )
              }
            />
          ))}
        </fieldset>
        <fieldset {...fieldsetOf('pupils')}>
          <legend>{t('dispatch.pupils')}</legend>
          <FieldError id="dispatch-pupils" text={send.field('pupils').error} />
          {selected.map((c) => {
            const pupils = pupilsOf.get(c.id) ?? [];
            const kept = pupils.filter((p) => !leftOut.includes(p.id)).length;
            return (
              <details key={c.id}>
                <summary>
                  {t('dispatch.pupilsOf', { label: classLabel(c), kept, total: pupils.length })}
                </summary>
                {pupils.map((p) => (
                  <label key={p.id} className="check">
                    <input
                      type="checkbox"
                      checked={!leftOut.includes(p.id)}
                      onChange={(e) => setLeftOut(toggle(leftOut, p.id, !e.target.checked))}
                    />
                    {p.fullName}
                  </label>
                ))}
              </details>
            );
          })}
        </fieldset>
        <DateField
          id="dispatch-return"
          label={t('dispatch.returnDueOn')}
          hint={t('dispatch.returnHint')}
          required
          min={localDay(1)}
          max={localDay(120)}
          {...send.field('returnDueOn')}
          value={returnDueOn}
          onChange={setReturnDueOn}
        />
        <p className="notice" aria-live="polite">
          {t('dispatch.confirm', {
            packets,
            classes: selected.map(classLabel).join(', ') || '—',
            date: returnDueOn ? formatDate(returnDueOn, language) : '—',
          })}
        </p>
        {repeated ? (
          <div className="notice" role="alert">
            <p>
              {t('dispatch.repeatWarning', {
                topics: repeated.topics.join(', '),
                date: formatDate(repeated.createdAt, language),
              })}
            </p>
            <button type="button" disabled={send.pending} onClick={() => send.submit(true)}>
              {t('dispatch.sendAnyway')}
            </button>
          </div>
        ) : (
          <Problem text={send.problem} />
        )}
        <button type="submit" disabled={send.pending}>
          {t('dispatch.send')}
        </button>
      </form>
    </main>
  );
}

/** The earlier dispatch a refusal names when the chosen cases are already under way. */
function repeatOf(error: unknown): { topics: string[]; createdAt: string } | undefined {
  const body = errorBody(error);
  if (body?.code !== 'dispatch.already_sent') return undefined;
  const details = (body.details ?? {}) as { topics?: string[]; createdAt?: string };
  return { topics: details.topics ?? [], createdAt: details.createdAt ?? '' };
}
