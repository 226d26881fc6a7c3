import { DUTY_KINDS, type DutyKind } from '@domain/collection/duty-kind';
import { FormEvent, useState } from 'react';
import type { SessionUser } from '../auth/session';
import { $api, api } from '../api/client';
import { useOffices } from '../offices/queries';
import { useStaff } from '../staff/queries';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { FieldError, Problem, SelectField, TextField } from '../ui/fields';
import { DateField } from '../ui/DateField';
import { byName, formatDate, localDay } from '../ui/format';
import { DutyCard } from './DutyCard';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { ShowMore } from '../ui/ShowMore';

const MAY_APPOINT: SessionUser['role'][] = ['director', 'deputy_upbringing'];

/**
 * Collection duties: who collects the pupils' work at which offices, and how each stands
 * under the two-week rule (the next visit due, overdue in red); the deputy appoints.
 */
export function DutiesScreen({ user }: { user: SessionUser }) {
  const { t, language } = useI18n();
  const duties = $api.useQuery('get', '/collection-duties');
  const staff = useStaff(user.schoolId ?? undefined);
  // Work is handed in where the pupils live: the offices of this school's pupils, not all of
  // Kazpost's branches.
  const pupilOffices = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/post-offices',
      { params: { query: { pupilsOfSchoolId: user.schoolId ?? undefined, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  const offices = useOffices((duties.data?.items ?? []).flatMap((d) => d.postOfficeIds));
  const officeName = new Map(
    [...offices.values(), ...pupilOffices.items].map((o) => [o.id, `${o.postcode} ${o.name}`]),
  );
  const empty = {
    kind: 'collect' as DutyKind,
    teacherId: '',
    postOfficeIds: [] as string[],
    startsOn: localDay(),
    endsOn: '',
    maxIntervalDays: '14',
  };
  const [values, setValues] = useState(empty);
  const appoint = useSubmit(
    () =>
      api.POST('/collection-duties', {
        body: {
          schoolId: user.schoolId ?? '',
          kind: values.kind,
          teacherId: values.teacherId,
          postOfficeIds: values.postOfficeIds,
          startsOn: values.startsOn,
          endsOn: values.endsOn || undefined,
          maxIntervalDays: Number(values.maxIntervalDays),
        },
      }),
    { invalidate: ['collection-duties'], onDone: () => setValues(empty) },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    appoint.submit(
      undefined,
      event.currentTarget,
      values.postOfficeIds.length === 0 ? { postOfficeIds: 'duties.needOffices' } : {},
    );
  };
  const list = duties.data?.items ?? [];
  return (
    <main className="wide">
      <h1>{t('duties.title')}</h1>
      {/* Each kind's rule in its own words: a carrier goes to the villages, not the post. */}
      {DUTY_KINDS.map((kind) => (
        <p key={kind}>{t(`duties.rule.${kind}`)}</p>
      ))}
      {list.length === 0 && !duties.isPending && <p>{t('duties.none')}</p>}
      <ul className="plain">
        {list.map((duty) => (
          <li key={duty.id}>
            <DutyCard
              duty={duty}
              officeName={(id) => officeName.get(id) ?? id}
              mayChange={MAY_APPOINT.includes(user.role)}
            />
          </li>
        ))}
      </ul>
      {!MAY_APPOINT.includes(user.role) && <p className="notice">{t('duties.whoAppoints')}</p>}
      {MAY_APPOINT.includes(user.role) && (
        <form onSubmit={submit} aria-labelledby="appoint" className="panel" noValidate>
          <h2 id="appoint">{t('duties.appoint')}</h2>
          <SelectField
            id="duty-kind"
            label={t('duties.kind')}
            {...appoint.field('kind')}
            value={values.kind}
            onChange={(e) => setValues({ ...values, kind: e.target.value as DutyKind })}
          >
            {DUTY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`duties.kind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="duty-teacher"
            label={t('duties.teacher')}
            required
            {...appoint.field('teacherId')}
            value={values.teacherId}
            onChange={(e) => setValues({ ...values, teacherId: e.target.value })}
          >
            <option value="">{t('common.choose')}</option>
            {byName(
              (staff.data?.items ?? []).filter((m) => m.active && m.role === 'teacher'),
              (m) => m.fullName,
            ).map((m) => (
              <option key={m.id} value={m.id}>
                {m.fullName}
              </option>
            ))}
          </SelectField>
          <fieldset
            aria-invalid={appoint.field('postOfficeIds').invalid || undefined}
            aria-describedby={
              appoint.field('postOfficeIds').error ? 'duty-offices-error' : undefined
            }
            onInput={appoint.field('postOfficeIds').onInput}
          >
            <legend>{t('duties.offices')}</legend>
            <FieldError id="duty-offices" text={appoint.field('postOfficeIds').error} />
            {pupilOffices.total === 0 && !pupilOffices.busy && !pupilOffices.failed && (
              <p>{t('duties.noPupils')}</p>
            )}
            {byName(pupilOffices.items, (o) => o.locality).map((o) => (
              <label key={o.id} className="check">
                <input
                  type="checkbox"
                  checked={values.postOfficeIds.includes(o.id)}
                  onChange={(e) =>
                    setValues({
                      ...values,
                      postOfficeIds: e.target.checked
                        ? [...values.postOfficeIds, o.id]
                        : values.postOfficeIds.filter((id) => id !== o.id),
                    })
                  }
                />
                {o.postcode} — {o.name}, {o.locality}
              </label>
            ))}
            <ShowMore list={pupilOffices} />
          </fieldset>
          <div className="inline-fields">
            <DateField
              id="duty-starts"
              label={t('duties.startsOn')}
              required
              {...appoint.field('startsOn')}
              value={values.startsOn}
              onChange={(startsOn) => setValues({ ...values, startsOn })}
            />
            <DateField
              id="duty-ends"
              label={t('duties.endsOn')}
              hint={t('duties.endsHint')}
              {...appoint.field('endsOn')}
              min={values.startsOn || undefined}
              value={values.endsOn}
              onChange={(endsOn) => setValues({ ...values, endsOn })}
            />
            <TextField
              id="duty-interval"
              type="number"
              min={1}
              max={14}
              label={t('duties.interval')}
              value={values.maxIntervalDays}
              onChange={(e) => setValues({ ...values, maxIntervalDays: e.target.value })}
            />
          </div>
          <Problem text={appoint.problem} />
          {appoint.done && (
            <p role="status">{t('duties.appointed', { date: formatDate(localDay(), language) })}</p>
          )}
          <button type="submit" disabled={appoint.pending}>
            {t('duties.appointButton')}
          </button>
        </form>
      )}
    </main>
  );
}
