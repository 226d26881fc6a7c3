import { useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useClasses } from '../classes/queries';
import { useSubjects } from '../cases/queries';
import { subjectName } from '../cases/subject-name';
import { useI18n } from '../i18n/i18n';
import { useStaff } from '../staff/queries';
import { Problem, SelectField } from '../ui/fields';
import { byClass, byName } from '../ui/format';
import { useAssignments } from './queries';

type Subject = components['schemas']['Subject'];
type Assignment = components['schemas']['AssignmentView'];
type Staff = components['schemas']['StaffView'];
const TEACHING: Staff['role'][] = ['teacher', 'deputy_academic', 'deputy_upbringing', 'director'];

/**
 * Who teaches what: for a chosen class, each subject of its grade and language with its
 * teacher; the packets expect those subjects, and each teacher's home lists what they owe.
 */
export function ClassTeachers({ schoolId }: { schoolId?: string }) {
  const { t } = useI18n();
  const classes = useClasses(schoolId);
  const staff = useStaff(schoolId);
  const [classId, setClassId] = useState('');
  const chosen = classes.data?.items.find((c) => c.id === classId);
  const subjects = useSubjects(chosen?.grade, chosen?.language);
  const assignments = useAssignments(classId);
  const teachers = byName(
    (staff.data?.items ?? []).filter((m) => m.active && TEACHING.includes(m.role)),
    (m) => m.fullName,
  );
  return (
    <section aria-labelledby="class-teachers" className="panel">
      <h2 id="class-teachers">{t('schedule.teachers')}</h2>
      <p>{t('schedule.teachersIntro')}</p>
      <SelectField
        id="teachers-class"
        label={t('schedule.class')}
        value={classId}
        onChange={(e) => setClassId(e.target.value)}
      >
        <option value="">{t('common.choose')}</option>
        {byClass(classes.data?.items ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.grade} {c.letter}
          </option>
        ))}
      </SelectField>
      {chosen && subjects.data && assignments.data && (
        <ClassPanel
          key={classId}
          classId={classId}
          label={`${chosen.grade} ${chosen.letter}`}
          subjects={subjects.data.items}
          assigned={assignments.data.items}
          teachers={teachers}
        />
      )}
    </section>
  );
}

/**
 * A class's subjects, each with its teacher to choose (or none); one Save sends every changed
 * row together, saved in one transaction, and says so.
 */
function ClassPanel(props: {
  classId: string;
  label: string;
  subjects: Subject[];
  assigned: Assignment[];
  teachers: Staff[];
}) {
  const { t, language } = useI18n();
  const { classId, label } = props;
  const teacherOf = (code: string) =>
    props.assigned.find((a) => a.subjectCode === code)?.teacherId ?? '';
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.subjects.map((s) => [s.code, teacherOf(s.code)])),
  );
  const [saved, setSaved] = useState<number>();
  const [sent, setSent] = useState(0);
  const changed = props.subjects.filter((s) => (draft[s.code] ?? '') !== teacherOf(s.code));
  const save = useSubmit(
    () =>
      api.PUT('/schedule/assignments/classes/{classId}', {
        params: { path: { classId } },
        body: {
          items: changed.map((s) => ({ subjectCode: s.code, teacherId: draft[s.code] || null })),
        },
      }),
    { invalidate: ['schedule'], refreshOnError: true, onDone: () => setSaved(sent) },
  );
  return (
    <form
      aria-label={t('schedule.teachersOf', { label })}
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(undefined);
        if (changed.length === 0) setSaved(0);
        else {
          setSent(changed.length);
          save.submit(undefined);
        }
      }}
    >
      <ul className="plain" aria-busy={save.pending}>
        {props.subjects.map((subject, index) => (
          <li key={subject.code}>
            <SelectField
              id={`teacher-${subject.code}`}
              label={t('schedule.teacherOf', { subject: subjectName(subject, language) })}
              {...save.field(`items.${index}.teacherId`)}
              value={draft[subject.code] ?? ''}
              onChange={(e) => {
                setSaved(undefined);
                setDraft({ ...draft, [subject.code]: e.target.value });
              }}
            >
              <option value="">{t('schedule.noTeacher')}</option>
              {props.teachers.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.fullName}
                </option>
              ))}
            </SelectField>
          </li>
        ))}
      </ul>
      <button type="submit" disabled={save.pending}>
        {t('schedule.teachersSave', { label })}
      </button>
      {saved !== undefined && (
        <p role="status">
          {saved === 0
            ? t('schedule.teachersUnchanged')
            : t('schedule.teachersSaved', { label, count: saved })}
        </p>
      )}
      <Problem text={save.problem} />
    </form>
  );
}
