import { parseExcelCsv } from '@/common/csv/excel-csv';
import { isSafeText } from '@/common/validation/decorators';
import { normalisePhone } from '../phone';
import { normalisePostcode, POSTCODE_HINT } from '../postcode';
import { DELIVERY_MODES, DeliveryMode } from './delivery';

const REQUIRED = [
  'fullName',
  'address',
  'postcode',
  'postOffice',
  'guardianName',
  'guardianPhone',
] as const;

export type RosterRecord = Record<string, string>;

export interface RosterProblem {
  row: number;
  column: string;
  message: string;
}

export interface RosterStudent {
  row: number;
  classLabel?: string;
  fullName: string;
  address: string;
  postcode: string;
  postOffice: string;
  delivery: DeliveryMode;
  guardianName: string;
  guardianPhone: string;
}

/** Reads what Excel saves (see excel-csv.ts). */
export function parseRosterCsv(content: Buffer): RosterRecord[] {
  return parseExcelCsv(content, 'roster');
}

export function missingColumns(records: RosterRecord[], needsClass: boolean): string[] {
  const header = Object.keys(records[0] ?? {});
  const needed = needsClass ? ['class', ...REQUIRED] : [...REQUIRED];
  return needed.filter((column) => !header.includes(column));
}

/** Row numbers count the header as row 1, as a spreadsheet shows them. */
export function validateRosterRecord(
  record: RosterRecord,
  index: number,
  needsClass: boolean,
): RosterStudent | RosterProblem[] {
  const row = index + 2;
  const problems: RosterProblem[] = [];
  const text = (column: string, max: number): string => {
    const value = (record[column] ?? '').trim();
    if (!value) problems.push({ row, column, message: `${column} is empty` });
    else if (!isSafeText(value))
      problems.push({
        row,
        column,
        message: `${column} contains control or text-direction characters`,
      });
    else if (value.length > max)
      problems.push({ row, column, message: `${column} is longer than ${max} characters` });
    return value;
  };
  const fullName = text('fullName', 200);
  const address = text('address', 300);
  const guardianName = text('guardianName', 200);
  const postOffice = text('postOffice', 36);
  const classLabel = needsClass ? text('class', 10) : undefined;
  const postcode = normalisePostcode(record.postcode ?? '');
  if (!postcode)
    problems.push({
      row,
      column: 'postcode',
      message: `postcode "${record.postcode ?? ''}" must be ${POSTCODE_HINT}`,
    });
  const guardianPhone = normalisePhone(record.guardianPhone ?? '');
  if (!guardianPhone)
    problems.push({
      row,
      column: 'guardianPhone',
      message: `guardianPhone "${record.guardianPhone ?? ''}" is not a phone number`,
    });
  const delivery = (record.delivery ?? '').trim().toLowerCase() || 'pickup';
  if (!isDelivery(delivery))
    problems.push({
      row,
      column: 'delivery',
      message: `delivery must be ${DELIVERY_MODES.join(' or ')}`,
    });
  if (problems.length > 0) return problems;
  return {
    row,
    classLabel,
    fullName,
    address,
    postcode: postcode as string,
    postOffice,
    delivery: delivery as DeliveryMode,
    guardianName,
    guardianPhone: guardianPhone as string,
  };
}

/** "5Ә", "5 Ә" and "5-ә" all name grade 5, letter Ә. */
export function classKey(label: string): string {
  return label.replace(/[\s\-–]/g, '').toUpperCase();
}

function isDelivery(value: string): value is DeliveryMode {
  return (DELIVERY_MODES as readonly string[]).includes(value);
}
