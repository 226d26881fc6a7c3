import { FormEvent, useState } from 'react';
import type { SessionUser } from '../auth/session';
import { api } from '../api/client';
import { useClasses, useStaff } from '../api/lists';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField, TextField } from '../ui/fields';
import { LanguageOptions, SchoolFilter } from '../ui/options';
import { byClass, byName, classLabel } from '../ui/format';
import { Link } from '../ui/router';

type Language = 'kk' | 'ru' | 'ky';
const MAY_CREATE: SessionUser['role'][] = [
  'admin',
  'director',
  'deputy_academic',
  'deputy_upbringing',
];

/** The school's classes, each a link to its pupils and dispatches; deputies open new ones. */
export function ClassesScreen({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [schoolId, setSchoolId] = useState(user.schoolId ?? '');
  const classes = useClasses(schoolId || undefined);
  const staff = useStaff(schoolId || undefined);
  const teacherName = new Map((staff.data?.items ?? []).map((m) => [m.id, m.fullName]));
  const empty = { grade: '5', letter: '', language: 'kk' as Language, classTeacherId: '' };
  const [values, setValues] = useState(empty);
  const create = useSubmit(
    () =>
      api.POST('/classes', {
        body: {
          schoolId,
          grade: Number(values.grade),
          letter: values.letter,
          language: values.language,
          classTeacherId: values.classTeacherId || undefined,
        },
      }),
    { invalidate: ['classes'], onDone: () => setValues(empty) },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.submit(undefined);
  };
  const set = (name: keyof typeof empty) => (e: { target: { value: string } }) =>
    setValues({ ...values, [name]: e.target.value });
  return (
    <main>
      <h1>{t('classes.title')}</h1>
      {user.role === 'admin' && (
        <SchoolFilter
          id="classes-school"
          value={schoolId}
          emptyLabel={t('common.choose')}
          onChange={setSchoolId}
        />
      )}
      <table>
        <caption>{t('classes.count', { total: classes.data?.total ?? 0 })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('classes.class')}</th>
            <th scope="col">{t('classes.language')}</th>
            <th scope="col">{t('classes.classTeacher')}</th>
          </tr>
        </thead>
        <tbody>
          {byClass(classes.data?.items ?? []).map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/classes/${c.id}`}>{classLabel(c)}</Link>
              </td>
              <td>{t(`language.${c.language}`)}</td>
              <td>{(c.classTeacherId && teacherName.get(c.classTeacherId)) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {MAY_CREATE.includes(user.role) && schoolId && (
        <form onSubmit={submit} aria-labelledby="create-class" className="panel">
          <h2 id="create-class">{t('classes.create')}</h2>
          <div className="inline-fields">
            <TextField
              id="class-grade"
              label={t('classes.grade')}
              type="number"
              min={0}
              max={12}
              required
              {...create.field('grade')}
              value={values.grade}
              onChange={set('grade')}
            />
            <TextField
              id="class-letter"
              label={t('classes.letter')}
              hint={t('classes.letterHint')}
              required
              maxLength={4}
              {...create.field('letter')}
              value={values.letter}
              onChange={set('letter')}
            />
            <SelectField
              id="class-language"
              label={t('classes.language')}
              value={values.language}
              onChange={set('language')}
            >
              <LanguageOptions />
            </SelectField>
          </div>
          <SelectField
            id="class-teacher"
            label={t('classes.classTeacher')}
            value={values.classTeacherId}
            onChange={set('classTeacherId')}
          >
            <option value="">{t('classes.noTeacher')}</option>
            {byName(
              (staff.data?.items ?? []).filter((m) => m.role === 'teacher' && m.active),
              (m) => m.fullName,
            ).map((m) => (
              <option key={m.id} value={m.id}>
                {m.fullName}
              </option>
            ))}
          </SelectField>
          <Problem text={create.problem} />
          {create.done && <p role="status">{t('classes.created')}</p>}
          <button type="submit" disabled={create.pending}>
            {t('common.save')}
          </button>
        </form>
      )}
    </main>
  );
}
