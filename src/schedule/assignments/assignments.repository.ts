import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AssignmentView } from './assignment.dto';
import { TeachingAssignment } from './teaching-assignment.entity';

/** The teaching assignments' SQL. */
@Injectable()
export class AssignmentsRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  byId(id: string): Promise<TeachingAssignment | null> {
    return this.db.tx.getRepository(TeachingAssignment).findOneBy({ id });
  }

  byClassSubject(classId: string, subjectCode: string): Promise<TeachingAssignment | null> {
    return this.db.tx.getRepository(TeachingAssignment).findOneBy({ classId, subjectCode });
  }

  /** The school's assignments (of one class, if named), by class then subject, with names. */
  views(schoolId: string, classId?: string): Promise<AssignmentView[]> {
    return this.db.tx.query(
      `SELECT a.id, a.class_id AS "classId", c.grade, c.letter, a.subject_code AS "subjectCode",
              a.teacher_id AS "teacherId", s.full_name AS "teacherName"
         FROM teaching_assignments a
         JOIN classes c ON c.id = a.class_id
         JOIN staff s ON s.id = a.teacher_id
        WHERE a.school_id = $1 AND ($2::uuid IS NULL OR a.class_id = $2)
        ORDER BY c.grade, c.letter, a.subject_code`,
      [schoolId, classId ?? null],
    );
  }
}
