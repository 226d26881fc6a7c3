import { FormEvent, useState } from 'react';
import type { SessionUser } from '../auth/session';
import { api } from '../api/client';
import { useSubmit } from '../api/useSubmit';
import { nextStudyDay } from '@domain/cases/study-limits';
import { useClasses } from '../classes/queries';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../ui/DateField';
import { Problem, SelectField, TextField } from '../ui/fields';
import { byClass, localDay } from '../ui/format';
import { ClassTeachers } from './ClassTeachers';
import { PacketCard } from './PacketCard';
import { useSchedule } from './queries';

const GRADES = Array.from({ length: 13 }, (_, grade) => grade);

/**
 * The academic deputy's timetable (seed 002): the dates packets go out and work comes back,
 * each upcoming packet with its subjects and study time against the norm, and its release.
 */
export function ScheduleScreen({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const schedule = useSchedule();
  const packets = schedule.data?.items ?? [];
  return (
    <main className="wide">
      <h1>{t('schedule.title')}</h1>
      <p>{t('schedule.intro')}</p>
      <SetDates schoolId={user.schoolId ?? undefined} />
      <ClassTeachers schoolId={user.schoolId ?? undefined} />
      <section aria-labelledby="upcoming" aria-busy={schedule.isPending}>
        <h2 id="upcoming">{t('schedule.upcoming')}</h2>
        {packets.length === 0 && !schedule.isPending && <p>{t('schedule.none')}</p>}
        <ul className="plain">
          {packets.map((packet) => (
            <li key={packet.id}>
              <PacketCard packet={packet} />
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

/** Dates for a class, a grade or the whole school: a start, a period and how many. */
function SetDates({ schoolId }: { schoolId?: string }) {
  const { t } = useI18n();
  const classes = useClasses(schoolId);
  const empty = {
    scope: 'school',
    classId: '',
    grade: '',
    startOn: nextStudyDay(localDay()),
    period: '7',
    count: '4',
  };
  const [values, setValues] = useState(empty);
  const set = useSubmit(
    () =>
      api.POST('/schedule', {
        body: {
          classId: values.scope === 'class' ? values.classId : undefined,
          grade: values.scope === 'grade' ? Number(values.grade) : undefined,
          startOn: values.startOn,
          periodDays: Number(values.period),
          count: Number(values.count),
        },
      }),
    { invalidate: ['schedule'] },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set.submit(undefined, event.currentTarget);
  };
  return (
    <form onSubmit={submit} aria-labelledby="set-dates" className="panel" noValidate>
      <h2 id="set-dates">{t('schedule.setDates')}</h2>
      <div className="inline-fields roomy">
        <SelectField
          id="schedule-scope"
          label={t('schedule.for')}
          value={values.scope}
          onChange={(e) => setValues({ ...values, scope: e.target.value })}
        >
          <option value="school">{t('schedule.forSchool')}</option>
          <option value="grade">{t('schedule.forGrade')}</option>
          <option value="class">{t('schedule.forClass')}</option>
        </SelectField>
        {values.scope === 'grade' && (
          <SelectField
            id="schedule-grade"
            label={t('schedule.grade')}
            required
            {...set.field('grade')}
            value={values.grade}
            onChange={(e) => setValues({ ...values, grade: e.target.value })}
          >
            <option value="">{t('common.choose')}</option>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </SelectField>
        )}
        {values.scope === 'class' && (
          <SelectField
            id="schedule-class"
            label={t('schedule.class')}
            required
            {...set.field('classId')}
            value={values.classId}
            onChange={(e) => setValues({ ...values, classId: e.target.value })}
          >
            <option value="">{t('common.choose')}</option>
            {byClass(classes.data?.items ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.grade} {c.letter}
              </option>
            ))}
          </SelectField>
        )}
        <DateField
          id="schedule-start"
          label={t('schedule.startOn')}
          required
          {...set.field('startOn')}
          min={localDay()}
          value={values.startOn}
          onChange={(startOn) => setValues({ ...values, startOn })}
        />
        <SelectField
          id="schedule-period"
          label={t('schedule.period')}
          value={values.period}
          onChange={(e) => setValues({ ...values, period: e.target.value })}
        >
          <option value="7">{t('schedule.weekly')}</option>
          <option value="14">{t('schedule.fortnightly')}</option>
        </SelectField>
        <TextField
          id="schedule-count"
          type="number"
          min={1}
          max={20}
          required
          label={t('schedule.count')}
          {...set.field('count')}
          value={values.count}
          onChange={(e) => setValues({ ...values, count: e.target.value })}
        />
      </div>
      <Problem text={set.problem} />
      {set.done && <p role="status">{t('schedule.datesSet')}</p>}
      <button type="submit" disabled={set.pending}>
        {t('schedule.setButton')}
      </button>
    </form>
  );
}
