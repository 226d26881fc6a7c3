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
        <ul className="plain" aria-busy={assignments.isFetching}>
          {subjects.data.items.map((subject) => (
            <li key={`${classId}-${subject.code}`}>
              <SubjectTeacher
                classId={classId}
                subject={subject}
                assigned={assignments.data.items.find((a) => a.subjectCode === subject.code)}
                teachers={teachers}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One subject's teacher in the class: chosen and saved, changed, or taken off. */
function SubjectTeacher(props: {
  classId: string;
  subject: Subject;
  assigned?: Assignment;
  teachers: Staff[];
}) {
  const { t, language } = useI18n();
  const { classId, subject, assigned } = props;
  const [teacherId, setTeacherId] = useState(assigned?.teacherId ?? '');
  const name = subjectName(subject, language);
  const options = { invalidate: ['schedule'], refreshOnError: true };
  const save = useSubmit(
    () =>
      assigned
        ? api.PATCH('/schedule/assignments/{id}', {
            params: { path: { id: assigned.id } },
            body: { teacherId },
          })
        : api.POST('/schedule/assignments', {
            body: { classId, subjectCode: subject.code, teacherId },
          }),
    options,
  );
  const drop = useSubmit(
    () =>
      api.DELETE('/schedule/assignments/{id}', { params: { path: { id: assigned?.id ?? '' } } }),
    { ...options, onDone: () => setTeacherId('') },
  );
  const id = `teacher-${subject.code}`;
  return (
    <div className="row-actions">
      <SelectField
        id={id}
        label={t('schedule.teacherOf', { subject: name })}
        {...save.field('teacherId')}
        value={teacherId}
        onChange={(e) => setTeacherId(e.target.value)}
      >
        <option value="">{t('schedule.noTeacher')}</option>
        {props.teachers.map((m) => (
          <option key={m.id} value={m.id}>
            {m.fullName}
          </option>
        ))}
      </SelectField>
      <button
        type="button"
        disabled={save.pending || !teacherId || teacherId === assigned?.teacherId}
        onClick={() => save.submit(undefined)}
      >
        {t('schedule.assignSave', { subject: name })}
      </button>
      {assigned && (
        <button
          type="button"
          className="link"
          disabled={drop.pending}
          onClick={() => drop.submit(undefined)}
        >
          {t('schedule.unassign', { subject: name })}
        </button>
      )}
      {save.done && assigned && teacherId === assigned.teacherId && (
        <p role="status">
          {t('schedule.assignedTo', { subject: name, teacher: assigned.teacherName })}
        </p>
      )}
      <Problem text={save.problem ?? drop.problem} />
    </div>
  );
}
