import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { KAZAKH_ORDER } from '@/common/collation';
import { Student } from './student.entity';

/** The pupils' queries beyond what their entity's repository says. */
@Injectable()
export class StudentsRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Holds the class lists until the transaction ends, so two clerks adding the same pupil at
   * the same moment (by hand or by file) cannot both see the list without them. Sorted, so two
   * imports of overlapping classes take the locks in one order and never wait on each other.
   */
  async lockClassLists(classIds: string[]): Promise<void> {
    for (const classId of [...new Set(classIds)].sort())
      await this.db.tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `class-list:${classId}`,
      ]);
  }

  /** A page of pupils in class-list order (grade, letter, then name in Kazakh order). */
  findPage(
    filter: { schoolId?: string; classId?: string },
    limit: number,
    offset: number,
  ): Promise<[Student[], number]> {
    const builder = this.db.tx
      .getRepository(Student)
      .createQueryBuilder('student')
      .innerJoin('student.schoolClass', 'class')
      .orderBy('class.grade')
      .addOrderBy(`class.letter ${KAZAKH_ORDER}`)
      .addOrderBy(`student.full_name ${KAZAKH_ORDER}`)
      // One class per pupil, so plain LIMIT/OFFSET pages correctly.
      .limit(limit)
      .offset(offset);
    if (filter.schoolId)
      builder.andWhere('class.schoolId = :schoolId', { schoolId: filter.schoolId });
    if (filter.classId) builder.andWhere('student.classId = :classId', { classId: filter.classId });
    return builder.getManyAndCount();
  }

  /** Active pupils of a class in class-list order (alphabetical), as packets are printed. */
  findActiveInClass(classId: string): Promise<Student[]> {
    return this.db.tx
      .getRepository(Student)
      .createQueryBuilder('student')
      .where('student.classId = :classId AND student.active', { classId })
      .orderBy(`student.full_name ${KAZAKH_ORDER}`)
      .addOrderBy('student.id')
      .getMany();
  }

  /** Active pupils of each class, and how many of them get a paper packet (not online). */
  paperCounts(classIds: string[]): Promise<{ classId: string; pupils: number; onPaper: number }[]> {
    return this.db.tx.query(
      `SELECT class_id AS "classId", count(*)::int AS pupils,
              (count(*) FILTER (WHERE channel <> 'online'))::int AS "onPaper"
         FROM students
        WHERE class_id = ANY($1::uuid[]) AND active
        GROUP BY class_id`,
      [classIds],
    );
  }

  /** Many pupils in one statement (a roster import's chunk). */
  async insertMany(pupils: QueryDeepPartialEntity<Student>[]): Promise<void> {
    await this.db.tx.createQueryBuilder().insert().into(Student).values(pupils).execute();
  }
}
