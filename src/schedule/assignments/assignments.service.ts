import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { changedFields, noteForAudit, removedFields } from '@/audit/audit-note';
import { canSeeSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { fail } from '@/common/errors/domain-error';
import { ClassesService } from '@/directory/classes/classes.service';
import { StaffService } from '@/directory/staff/staff.service';
import { SubjectsService } from '@/directory/subjects/subjects.service';
import { ownSchool } from '../own-school';
import {
  AssignmentQueryDto,
  AssignmentView,
  CreateAssignmentDto,
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
    const label = `${schoolClass.grade} ${schoolClass.letter}`;
    await this.subjects.get(dto.subjectCode);
    if (!(await this.subjects.isOffered(dto.subjectCode, schoolClass.grade, schoolClass.language)))
      throw fail(
        'subject.not_offered',
        `subjectCode: class ${label} (${schoolClass.language}) does not study ${dto.subjectCode}; choose one of its subjects.`,
        { field: 'subjectCode' },
      );
    await this.assertTeacher(schoolId, dto.teacherId);
    const taken = await this.repo.byClassSubject(dto.classId, dto.subjectCode);
    if (taken)
      throw fail(
        'assignment.taken',
        `subjectCode: ${dto.subjectCode} in class ${label} already has its teacher; change that assignment instead.`,
        { field: 'subjectCode', assignmentId: taken.id },
      );
    const saved = await this.db.tx.save(
      this.db.tx.create(TeachingAssignment, { ...dto, schoolId, createdBy: user.id }),
    );
    noteForAudit({
      schoolId,
      changes: {
        subjectCode: { before: null, after: dto.subjectCode },
        teacherId: { before: null, after: dto.teacherId },
      },
    });
    return this.view(schoolId, saved.id);
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
  private async assertTeacher(schoolId: string, teacherId: string): Promise<void> {
    const teacher = await this.staff.getAnyInSchool(teacherId, schoolId, TEACHING_ROLES);
    if (!teacher.active)
      throw fail(
        'assignment.teacher_inactive',
        `teacherId: ${teacher.fullName}'s account is switched off; choose a teacher who works now.`,
        { field: 'teacherId', fullName: teacher.fullName },
      );
  }

  private async view(schoolId: string, id: string): Promise<AssignmentView> {
    const all = await this.repo.views(schoolId);
    return all.find((a) => a.id === id)!;
  }
}
