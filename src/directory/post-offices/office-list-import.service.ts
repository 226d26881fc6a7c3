import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { FieldChanges, noteForAudit } from '@/audit/audit-note';
import { parseExcelCsv } from '@/common/csv/excel-csv';
import { fail } from '@/common/errors/domain-error';
import { RecordReferencesRepository } from '../record-references.repository';
import {
  ClosedOfficeView,
  CreatePostOfficeDto,
  OfficeListImportResult,
  OfficeListProblem,
} from './post-office.dto';
import { PostOffice } from './post-office.entity';

const COLUMNS = ['postcode', 'name', 'address', 'locality'] as const;
const MAX_ROWS = 20_000;
const EDITABLE = ['name', 'address', 'locality'] as const;
const CLOSED_LISTED = 200;

/**
 * Imports Kazpost's branch list (postcode, name, address, locality) in one transaction: new
 * branches are added and registered ones (by postcode) take the list's name, address and
 * locality, all or none. An office keeps its id, so pupils, schools and packets keep their
 * office; offices the list does not name are reported, never deleted.
 */
@Injectable()
export class OfficeListImportService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly references: RecordReferencesRepository,
  ) {}

  async import(file: Buffer | undefined): Promise<OfficeListImportResult> {
    if (!file) throw fail('request.upload_invalid', 'Attach the branch list as the field "file".');
    const records = await parseExcelCsv(file, 'office_list');
    const missing = COLUMNS.filter((column) => !(records[0] && column in records[0]));
    if (records.length === 0 || missing.length > 0)
      throw fail(
        'office_list.missing_columns',
        `The file needs the columns ${COLUMNS.join(', ')}.`,
        {
          missing: missing.length > 0 ? missing : [...COLUMNS],
        },
      );
    if (records.length > MAX_ROWS)
      throw fail('office_list.bad_rows', `A branch list may have at most ${MAX_ROWS} rows.`, {
        errors: [],
      });
    const { offices, problems } = validateRows(records);
    if (problems.length > 0)
      throw fail(
        'office_list.bad_rows',
        `${problems.length} problem(s) in the file; nothing was imported. First: row ${problems[0].row}, ${problems[0].message}.`,
        { errors: problems.slice(0, 200), more: Math.max(problems.length - 200, 0) },
      );
    return this.db.withTransaction(async () => {
      const known = new Map(
        (await this.db.tx.find(PostOffice, { lock: { mode: 'for_no_key_update' } })).map((o) => [
          o.postcode,
          o,
        ]),
      );
      const fresh = offices.filter((office) => !known.has(office.postcode));
      if (fresh.length > 0) await this.db.tx.insert(PostOffice, fresh);
      const changes = await this.updateChanged(known, offices);
      noteForAudit({ changes });
      const listed = new Set(offices.map((office) => office.postcode));
      const closed = [...known.values()].filter((o) => !o.archivedAt && !listed.has(o.postcode));
      const changedOffices = new Set(Object.keys(changes ?? {}).map((key) => key.split(' ')[0]));
      return {
        imported: fresh.length,
        updated: changedOffices.size,
        skipped: offices.length - fresh.length - changedOffices.size,
        closed: await this.describeClosed(closed.slice(0, CLOSED_LISTED)),
        closedTotal: closed.length,
      };
    });
  }

  /** Each registered branch whose listed fields differ takes them; the audit keeps the old ones. */
  private async updateChanged(
    known: Map<string, PostOffice>,
    offices: CreatePostOfficeDto[],
  ): Promise<FieldChanges | undefined> {
    const changes: FieldChanges = {};
    for (const office of offices) {
      const current = known.get(office.postcode);
      if (!current) continue;
      const changed = EDITABLE.filter((field) => current[field] !== office[field]);
      if (changed.length === 0) continue;
      for (const field of changed)
        changes[`${office.postcode} ${field}`] = { before: current[field], after: office[field] };
      await this.db.tx.update(PostOffice, current.id, {
        name: office.name,
        address: office.address,
        locality: office.locality,
      });
    }
    return Object.keys(changes).length > 0 ? changes : undefined;
  }

  private async describeClosed(offices: PostOffice[]): Promise<ClosedOfficeView[]> {
    const views: ClosedOfficeView[] = [];
    for (const office of offices) {
      const references = await this.references.count('post_office', office.id);
      views.push({
        id: office.id,
        postcode: office.postcode,
        name: office.name,
        inUse: Object.keys(references).length > 0,
      });
    }
    return views;
  }
}

/** Each row checked as a single office would be; duplicates within the file count once. */
function validateRows(records: Record<string, string>[]): {
  offices: CreatePostOfficeDto[];
  problems: OfficeListProblem[];
} {
  const offices: CreatePostOfficeDto[] = [];
  const problems: OfficeListProblem[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const row = index + 2;
    const dto = plainToInstance(
      CreatePostOfficeDto,
      Object.fromEntries(COLUMNS.map((column) => [column, record[column] ?? ''])),
    );
    const errors = validateSync(dto);
    for (const error of errors)
      problems.push({
        row,
        column: error.property,
        message: Object.values(error.constraints ?? {}).join(', '),
      });
    if (errors.length === 0 && !seen.has(dto.postcode)) {
      seen.add(dto.postcode);
      offices.push(dto);
    }
  });
  return { offices, problems };
}
