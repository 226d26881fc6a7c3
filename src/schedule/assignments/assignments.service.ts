import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { changedFields, FieldChanges, noteForAudit, removedFields } from '@/audit/audit-note';
import { canSeeSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { fail } from '@/common/errors/domain-error';
import { ClassesService } from '@/directory/classes/classes.service';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { StaffService } from '@/directory/staff/staff.service';
import { SubjectsService } from '@/directory/subjects/subjects.service';
import { ownSchool } from '../own-school';
import {
  AssignmentQueryDto,
  AssignmentView,
  CreateAssignmentDto,
  SetClassTeachersDto,
  UpdateAssignmentDto,
} from './assignment.dto';
import { AssignmentsRepository } from './assignments.repository';
import { TeachingAssignment } from './teaching-assignment.entity';

/** Staff who may teach a subject in a class: teachers, and deputies or the director who teach. */
const TEACHING_ROLES = ['teacher', 'deputy_academic', 'deputy_upbringing', 'director'] as const;
const AUDITED_FIELDS = ['classId', 'subjectCode', 'teacherId'] as const;

/** The academic deputy's list of who teaches which subject in which class. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly classes: ClassesService,
    private readonly subjects: SubjectsService,
    private readonly staff: StaffService,
    private readonly repo: AssignmentsRepository,
  ) {}

  list(user: Principal, query: AssignmentQueryDto): Promise<AssignmentView[]> {
    return this.repo.views(ownSchool(user), query.classId);
  }

  /** The school's assignments, for the timetable's expected subjects. */
  ofSchool(schoolId: string): Promise<AssignmentView[]> {
    return this.repo.views(schoolId);
  }

  async create(user: Principal, dto: CreateAssignmentDto): Promise<AssignmentView> {
    const schoolId = ownSchool(user);
    const schoolClass = await this.classes.getUsable(user, dto.classId, 'classId');
    const saved = await this.add(schoolId, user, schoolClass, dto.subjectCode, dto.teacherId);
    noteForAudit({
      schoolId,
      changes: {
        subjectCode: { before: null, after: dto.subjectCode },
        teacherId: { before: null, after: dto.teacherId },
      },
    });
    return this.view(schoolId, saved.id);
  }

  /**
   * One class's panel saved at once: each listed subject's teacher set, changed or taken off
   * (null), all in the request's one transaction; the audit row keeps each subject's teacher
   * before and after.
   */
  async setForClass(
    user: Principal,
    classId: string,
    dto: SetClassTeachersDto,
  ): Promise<AssignmentView[]> {
    const schoolId = ownSchool(user);
    const schoolClass = await this.classes.getUsable(user, classId, 'classId');
    const changes: FieldChanges = {};
    for (const [index, { subjectCode, teacherId }] of dto.items.entries()) {
      const found = await this.repo.byClassSubject(classId, subjectCode);
      if ((found?.teacherId ?? null) === (teacherId ?? null)) continue;
      changes[subjectCode] = { before: found?.teacherId ?? null, after: teacherId ?? null };
      if (!teacherId) await this.db.tx.delete(TeachingAssignment, { id: found!.id });
      else if (!found)
        await this.add(schoolId, user, schoolClass, subjectCode, teacherId, `items.${index}`);
      else {
        await this.assertTeacher(schoolId, teacherId, `items.${index}.teacherId`);
        await this.db.tx.update(TeachingAssignment, { id: found.id }, { teacherId });
      }
    }
    const targetName = `${schoolClass.grade} ${schoolClass.letter}`;
    // Nothing changed after all: no audit row.
    noteForAudit(
      Object.keys(changes).length > 0 ? { schoolId, changes, targetName } : { skip: true },
    );
    return this.repo.views(schoolId, classId);
  }

  /** A subject the class studies, given to a teacher of the school; refused when it has one. */
  private async add(
    schoolId: string,
    user: Principal,
    schoolClass: SchoolClass,
    subjectCode: string,
    teacherId: string,
    at = '',
  ): Promise<TeachingAssignment> {
    const label = `${schoolClass.grade} ${schoolClass.letter}`;
    const field = (name: string) => (at ? `${at}.${name}` : name);
    await this.subjects.get(subjectCode);
    if (!(await this.subjects.isOffered(subjectCode, schoolClass.grade, schoolClass.language)))
      throw fail(
        'subject.not_offered',
        `${field('subjectCode')}: class ${label} (${schoolClass.language}) does not study ${subjectCode}; choose one of its subjects.`,
        { field: field('subjectCode') },
      );
    await this.assertTeacher(schoolId, teacherId, field('teacherId'));
    const taken = await this.repo.byClassSubject(schoolClass.id, subjectCode);
    if (taken)
      throw fail(
        'assignment.taken',
        `${field('subjectCode')}: ${subjectCode} in class ${label} already has its teacher; change that assignment instead.`,
        { field: field('subjectCode'), assignmentId: taken.id },
      );
    return this.db.tx.save(
      this.db.tx.create(TeachingAssignment, {
        classId: schoolClass.id,
        subjectCode,
        teacherId,
        schoolId,
        createdBy: user.id,
      }),
    );
  }

  async update(user: Principal, id: string, dto: UpdateAssignmentDto): Promise<AssignmentView> {
    const found = await this.get(user, id);
    await this.assertTeacher(found.schoolId, dto.teacherId);
    noteForAudit({ schoolId: found.schoolId, changes: changedFields(found, dto, AUDITED_FIELDS) });
    await this.db.tx.update(TeachingAssignment, { id }, { teacherId: dto.teacherId });
    return this.view(found.schoolId, id);
  }

  async remove(user: Principal, id: string): Promise<void> {
    const found = await this.get(user, id);
    noteForAudit({ schoolId: found.schoolId, changes: removedFields(found, AUDITED_FIELDS) });
    await this.db.tx.delete(TeachingAssignment, { id });
  }

  private async get(user: Principal, id: string): Promise<TeachingAssignment> {
    const found = await this.repo.byId(id);
    if (!found || !canSeeSchool(user, found.schoolId))
      throw fail('assignment.not_found', `No teaching assignment ${id} in your school.`, { id });
    return found;
  }

  /** A member of the school's staff who teaches, with a working account. */
  private async assertTeacher(
    schoolId: string,
    teacherId: string,
    field = 'teacherId',
  ): Promise<void> {
    const teacher = await this.staff.getAnyInSchool(teacherId, schoolId, TEACHING_ROLES);
    if (!teacher.active)
      throw fail(
        'assignment.teacher_inactive',
        `${field}: ${teacher.fullName}'s account is switched off; choose a teacher who works now.`,
        { field, fullName: teacher.fullName },
      );
  }

  private async view(schoolId: string, id: string): Promise<AssignmentView> {
    const all = await this.repo.views(schoolId);
    return all.find((a) => a.id === id)!;
  }
}
