import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { parseExcelCsv } from '@/common/csv/excel-csv';
import { fail } from '@/common/errors/domain-error';
import { CreatePostOfficeDto, OfficeListImportResult, OfficeListProblem } from './post-office.dto';
import { PostOffice } from './post-office.entity';

const COLUMNS = ['postcode', 'name', 'address', 'locality'] as const;
const MAX_ROWS = 20_000;

/**
 * Imports Kazpost's branch list (postcode, name, address, locality) in one transaction: every
 * new branch or none. A branch whose postcode is already registered is left as it is.
 */
@Injectable()
export class OfficeListImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async import(file: Buffer | undefined): Promise<OfficeListImportResult> {
    if (!file) throw fail('request.upload_invalid', 'Attach the branch list as the field "file".');
    const records = parseExcelCsv(file, 'office_list');
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
    return this.dataSource.transaction(async (manager) => {
      const known = new Set(
        (await manager.find(PostOffice, { select: { postcode: true } })).map((o) => o.postcode),
      );
      const fresh = offices.filter((office) => !known.has(office.postcode));
      if (fresh.length > 0) await manager.insert(PostOffice, fresh);
      return { imported: fresh.length, skipped: offices.length - fresh.length };
    });
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
