import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { useStaff } from '../staff/queries';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField, TextField } from '../ui/fields';
import { byName, classLabel } from '../ui/format';
import { LanguageOptions } from '../ui/options';

type SchoolClass = components['schemas']['SchoolClass'];

const valuesOf = (c?: SchoolClass) => ({
  grade: String(c?.grade ?? 5),
  letter: c?.letter ?? '',
  language: c?.language ?? 'kk',
  classTeacherId: c?.classTeacherId ?? '',
});

/** A new class of the school, or one corrected: grade, letter, language, class teacher. */
export function ClassForm(props: { schoolId: string; schoolClass?: SchoolClass; onDone?(): void }) {
  const { schoolId, schoolClass } = props;
  const { t } = useI18n();
  const staff = useStaff(schoolId);
  const [values, setValues] = useState(() => valuesOf(schoolClass));
  const fields = {
    grade: Number(values.grade),
    letter: values.letter,
    language: values.language,
  };
  const save = useSubmit(
    () =>
      schoolClass
        ? api.PATCH('/classes/{id}', {
            params: { path: { id: schoolClass.id } },
            body: { ...fields, classTeacherId: values.classTeacherId || null },
          })
        : api.POST('/classes', {
            body: { ...fields, schoolId, classTeacherId: values.classTeacherId || undefined },
          }),
    {
      invalidate: ['classes'],
      onDone: () => {
        if (!schoolClass) setValues(valuesOf());
        props.onDone?.();
      },
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(undefined, event.currentTarget);
  };
  const prefix = schoolClass ? `class-${schoolClass.id}` : 'class';
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues({ ...values, [name]: e.target.value });
  return (
    <form onSubmit={submit} aria-labelledby={`${prefix}-form`} className="panel" noValidate>
      <h2 id={`${prefix}-form`}>
        {schoolClass
          ? t('records.editOne', { name: classLabel(schoolClass) })
          : t('classes.create')}
      </h2>
      <div className="inline-fields">
        <TextField
          id={`${prefix}-grade`}
          label={t('classes.grade')}
          type="number"
          min={0}
          max={12}
          required
          {...save.field('grade')}
          value={values.grade}
          onChange={set('grade')}
        />
        <TextField
          id={`${prefix}-letter`}
          label={t('classes.letter')}
          hint={t('classes.letterHint')}
          required
          maxLength={4}
          {...save.field('letter')}
          value={values.letter}
          onChange={set('letter')}
        />
        <SelectField
          id={`${prefix}-language`}
          label={t('classes.language')}
          {...save.field('language')}
          value={values.language}
          onChange={set('language')}
        >
          <LanguageOptions />
        </SelectField>
      </div>
      <SelectField
        id={`${prefix}-teacher`}
        label={t('classes.classTeacher')}
        {...save.field('classTeacherId')}
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
      <Problem text={save.problem} />
      {save.done && <p role="status">{t(schoolClass ? 'records.saved' : 'classes.created')}</p>}
      <button type="submit" disabled={save.pending}>
        {t('common.save')}
      </button>
    </form>
  );
}
