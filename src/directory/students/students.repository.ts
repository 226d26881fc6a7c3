import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/** The pupils' SQL beyond what their entity's repository says. */
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
}
