import { EntityManager } from 'typeorm';

/**
 * Holds the class lists until the transaction ends, so two clerks adding the same pupil at the
 * same moment (by hand or by file) cannot both see the list without them. Sorted, so two
 * imports of overlapping classes take the locks in one order and never wait on each other.
 */
export async function lockClassLists(manager: EntityManager, classIds: string[]): Promise<void> {
  for (const classId of [...new Set(classIds)].sort())
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `class-list:${classId}`,
    ]);
}
