import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Repository } from 'typeorm';
import { changedFields, noteForAudit } from '@/audit/audit-note';
import { assertMayWriteSchool, schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { ClassesService } from '../classes/classes.service';
import { normalisePhone, phoneAllowed } from '../phone';
import { PostOfficesService } from '../post-offices/post-offices.service';
import { StudentsRepository } from './students.repository';
import { nameKey } from './roster-csv';
import { channelOfDelivery, deliveryOfChannel } from './channel';
import {
  ChangeChannelDto,
  CreateStudentDto,
  StudentQueryDto,
  UpdateStudentDto,
} from './student.dto';
import { Student } from './student.entity';

/** What the audit log keeps the old value of when it changes. */
const PERSONAL_FIELDS = [
  'fullName',
  'address',
  'postcode',
  'postOfficeId',
  'guardianName',
  'guardianPhone',
  'classId',
  'active',
] as const;

@Injectable()
export class StudentsService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly classes: ClassesService,
    private readonly offices: PostOfficesService,
    private readonly pupils: StudentsRepository,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
  ) {}

  private get students(): Repository<Student> {
    return this.db.tx.getRepository(Student);
  }

  async create(user: Principal, dto: CreateStudentDto): Promise<Student> {
    const { confirmNamesake, delivery, ...fields } = dto;
    const schoolClass = await this.classes.getUsable(user, fields.classId, 'classId');
    assertMayWriteSchool(user, schoolClass.schoolId);
    this.assertTextable(fields.guardianPhone);
    await this.offices.getUsable(fields.postOfficeId, 'postOfficeId');
    noteForAudit({ schoolId: schoolClass.schoolId });
    return this.db.withTransaction(async () => {
      const namesake = await this.assertNotTwice({ ...fields, id: null });
      if (namesake && !confirmNamesake)
        throw fail(
          'student.namesake',
          `fullName: ${namesake.fullName} is already in this class (guardian ${namesake.guardianName}). If this is another child of the same name, confirm it (confirmNamesake); if it is the same child, correct that pupil instead.`,
          {
            field: 'fullName',
            studentId: namesake.id,
            fullName: namesake.fullName,
            guardianName: namesake.guardianName,
          },
        );
      const channel = channelOfDelivery(delivery ?? 'pickup');
      const saved = await this.students.save(this.students.create({ ...fields, channel }));
      saved.deriveDelivery();
      return saved;
    });
  }

  async list(user: Principal, query: StudentQueryDto): Promise<Page<Student>> {
    const schoolId = schoolScope(user, query.schoolId);
    const [items, total] = await this.pupils.findPage(
      { schoolId, classId: query.classId },
      query.limit,
      query.offset,
    );
    return { items, total };
  }

  async get(user: Principal, id: string): Promise<Student> {
    const student = await this.students.findOneBy({ id });
    if (!student) throw notFound('student', id);
    await this.classes.get(user, student.classId).catch(() => {
      throw notFound('student', id);
    });
    return student;
  }

  async update(user: Principal, id: string, dto: UpdateStudentDto): Promise<Student> {
    refuseEmptied(dto);
    const { delivery, ...fields } = dto;
    const student = await this.get(user, id);
    if (delivery !== undefined && delivery !== deliveryOfChannel(student.channel))
      throw fail(
        'student.channel_by_deputy',
        `delivery: ${student.fullName}'s channel is changed by the deputy for upbringing or the director, with a reason, on the class page (PATCH /students/${id}/channel).`,
        { field: 'delivery', channel: student.channel },
      );
    const { schoolId } = await this.classes.get(user, student.classId);
    // What the pupil already names stays valid; only a new choice must be in use.
    if (dto.classId && dto.classId !== student.classId)
      assertMayWriteSchool(
        user,
        (await this.classes.getUsable(user, dto.classId, 'classId')).schoolId,
      );
    else if (dto.classId) assertMayWriteSchool(user, schoolId);
    if (dto.guardianPhone !== undefined) this.assertTextable(dto.guardianPhone);
    if (dto.postOfficeId && dto.postOfficeId !== student.postOfficeId)
      await this.offices.getUsable(dto.postOfficeId, 'postOfficeId');
    noteForAudit({ schoolId, changes: changedFields(student, fields, PERSONAL_FIELDS) });
    return this.db.withTransaction(async () => {
      const after = this.students.merge(student, fields);
      if (after.active) await this.assertNotTwice(after);
      const saved = await this.students.save(after);
      saved.deriveDelivery();
      return saved;
    });
  }

  /**
   * The deputy for upbringing (or the director) decides how a pupil's lessons reach them; the
   * reason is kept with the pupil, and the audit row keeps the channel and reason before.
   */
  async changeChannel(user: Principal, id: string, dto: ChangeChannelDto): Promise<Student> {
    const student = await this.get(user, id);
    const { schoolId } = await this.classes.get(user, student.classId);
    assertMayWriteSchool(user, schoolId);
    if (!student.active)
      throw fail(
        'student.inactive',
        `${student.fullName} has left the class: bring them back before choosing their channel.`,
        { field: 'channel', studentId: id },
      );
    const after = { channel: dto.channel, channelReason: dto.reason };
    const changes = changedFields(student, after, ['channel', 'channelReason']);
    // The same decision sent twice (a double click) changes nothing and leaves no audit row.
    if (!changes) {
      noteForAudit({ skip: true });
      return student;
    }
    noteForAudit({ schoolId, changes });
    await this.students.update({ id }, after);
    const changed = this.students.merge(student, after);
    changed.deriveDelivery();
    return changed;
  }

  /** A guardian's phone must be one texts may go to, or the family would never hear of packets. */
  private assertTextable(phone: string): void {
    const allowed = this.settings.sms.phonePrefixes;
    if (typeof phone !== 'string' || phoneAllowed(phone, allowed)) return;
    throw fail(
      'student.phone_not_allowed',
      `guardianPhone ${phone} is not a number texts can be sent to: enter the guardian's mobile number, starting with ${allowed.join(' or ')}.`,
      { field: 'guardianPhone', allowed: allowed.join(', ') },
    );
  }

  /**
   * The same child twice in one class (same name and guardian's phone, whatever the case and
   * spacing) would get two packets: refused, naming the pupil already there. A namesake with
   * another guardian may be a different child: returned, for the caller to ask about.
   */
  private async assertNotTwice(
    pupil: Pick<Student, 'classId' | 'fullName' | 'guardianPhone'> & { id: string | null },
  ): Promise<Student | undefined> {
    // A cleared phone is refused by the column's own rule when the pupil is saved.
    if (typeof pupil.guardianPhone !== 'string') return undefined;
    const phone = normalisePhone(pupil.guardianPhone) ?? pupil.guardianPhone;
    await this.pupils.lockClassLists([pupil.classId]);
    const namesakes = (
      await this.students.find({ where: { classId: pupil.classId, active: true } })
    ).filter((s) => s.id !== pupil.id && nameKey(s.fullName) === nameKey(pupil.fullName));
    const twin = namesakes.find((s) => s.guardianPhone === phone);
    if (twin)
      throw fail(
        'student.duplicate',
        `${twin.fullName} is already in this class with the same guardian's phone; correct that pupil instead of adding them again.`,
        { studentId: twin.id, fullName: twin.fullName },
      );
    return namesakes[0];
  }

  /** Active pupils of a class in class-list order (alphabetical), as packets are printed. */
  findActiveInClass(classId: string): Promise<Student[]> {
    return this.pupils.findActiveInClass(classId);
  }

  /** Each class's active pupils and those of them who get paper (a class with none is left out). */
  paperCounts(classIds: string[]): Promise<{ classId: string; pupils: number; onPaper: number }[]> {
    return classIds.length === 0 ? Promise.resolve([]) : this.pupils.paperCounts(classIds);
  }
}

/** Every field of a pupil is required: a correction may change it, never empty it with null. */
function refuseEmptied(dto: UpdateStudentDto): void {
  const emptied = Object.entries(dto)
    .filter(([, value]) => value === null)
    .map(([field]) => field);
  if (emptied.length === 0) return;
  throw fail(
    'request.invalid',
    `${emptied.join(', ')} cannot be emptied: give a value, or leave the field out to keep it.`,
    {
      fields: emptied.map((field) => ({
        field,
        problems: [`${field} is required`],
        rules: ['isNotEmpty'],
      })),
    },
  );
}
