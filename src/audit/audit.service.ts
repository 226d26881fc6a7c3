import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Between, FindOperator, LessThan, MoreThanOrEqual, Repository } from 'typeorm';
import { addDays, endOfLocalDay } from '@/common/dates';
import { schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { AuditEntry } from './audit-entry.entity';
import { AuditQueryDto } from './audit-query.dto';
import { AuditRecord } from './audit-row';

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Written in the transaction of the change it records: kept only if the change is. */
  async record(record: AuditRecord): Promise<void> {
    await this.db.tx.insert(AuditEntry, {
      actorId: record.actor.id,
      actorRole: record.actor.role,
      schoolId: record.schoolId,
      entity: record.entity,
      action: record.action,
      route: record.route,
      targetId: record.targetId,
      targetName: record.targetName,
      changes: record.changes,
    });
  }

  /** A director sees the changes to the school's records, whoever made them; an admin sees all. */
  async list(user: Principal, query: AuditQueryDto): Promise<Page<AuditEntry>> {
    const schoolId = schoolScope(user);
    const [items, total] = await this.entries.findAndCount({
      where: {
        ...(schoolId ? { schoolId } : {}),
        ...(query.entity ? { entity: query.entity } : {}),
        ...(query.actorId ? { actorId: query.actorId } : {}),
        ...(query.from || query.to ? { at: period(query.from, query.to) } : {}),
      },
      order: { at: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }
}

/** The instants of the local days from..to, either end open. */
function period(from?: string, to?: string): FindOperator<Date> {
  const start = from ? endOfLocalDay(addDays(from, -1)) : undefined;
  const end = to ? endOfLocalDay(to) : undefined;
  if (start && end) return Between(start, new Date(end.getTime() - 1));
  return start ? MoreThanOrEqual(start) : LessThan(end as Date);
}
