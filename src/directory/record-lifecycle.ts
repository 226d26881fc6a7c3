import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EntityTarget, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';
import { archiveChange, noteForAudit, removedFields } from '@/audit/audit-note';
import { fail } from '@/common/errors/domain-error';
import { ErrorCode } from '@/common/errors/error-codes';
import { RecordReferencesRepository, ReferencedKind } from './record-references.repository';

interface Archivable extends ObjectLiteral {
  id: string;
  archivedAt: Date | null;
}

/** Archives (hides) or restores a record, noting in the audit row when it was archived before. */
export async function setArchived<T extends Archivable>(
  records: Repository<T>,
  record: T,
  archived: boolean,
): Promise<T> {
  const before = record.archivedAt;
  const after = archived ? (before ?? new Date()) : null;
  noteForAudit({ changes: archiveChange(before, after) });
  if (before?.getTime() === after?.getTime()) return record;
  return records.save({ ...record, archivedAt: after });
}

/**
 * Deletes a record while nothing names it, in one transaction that holds the row; otherwise a
 * 409 with what names it, counted by kind, so the user can archive it instead.
 */
@Injectable()
export class RecordDeletion {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly references: RecordReferencesRepository,
  ) {}

  async deleteUnreferenced<T extends Archivable>(
    entity: EntityTarget<T>,
    options: {
      kind: ReferencedKind;
      id: string;
      inUse: ErrorCode;
      /** The record as people name it in the refusal ("Post office 050010"). */
      describe(record: T): string;
      /** Its fields the audit row keeps as they were. */
      audited: readonly (keyof T & string)[];
      /** The record as found (visibility checked) before the transaction. */
      found: T;
    },
  ): Promise<void> {
    await this.db.withTransaction(async () => {
      await this.db.tx.findOne(entity, {
        where: { id: options.id } as FindOptionsWhere<T>,
        lock: { mode: 'pessimistic_write' },
      });
      const counts = await this.references.count(options.kind, options.id);
      if (Object.keys(counts).length > 0)
        throw fail(
          options.inUse,
          `${options.describe(options.found)} is still named by ${Object.entries(counts)
            .map(([kind, count]) => `${count} ${kind}`)
            .join(', ')}; archive it instead.`,
          counts,
        );
      await this.db.tx.delete(entity, options.id);
    });
    noteForAudit({ changes: removedFields(options.found, options.audited) });
  }
}
