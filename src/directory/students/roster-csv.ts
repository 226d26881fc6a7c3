import { unprintableIn } from '@/directory/printable-on-paper';
import { parseExcelCsv } from '@/common/csv/excel-csv';
import { inSlices } from '@/common/in-slices';
import { isSafeText } from '@/common/validation/decorators';
import { normalisePhone, phoneAllowed } from '../phone';
import { normalisePostcode, POSTCODE_HINT } from '../postcode';
import { DeliveryMode } from './delivery';
import {
  columnOf,
  deliveryOf,
  isExampleName,
  ROSTER_COLUMNS,
  RosterColumn,
} from './roster-columns';

const REQUIRED: RosterColumn[] = [
  'fullName',
  'address',
  'postcode',
  'postOffice',
  'guardianName',
  'guardianPhone',
];

/** One row as read, keyed by column (whatever language its header was in). */
export type RosterRecord = Partial<Record<RosterColumn, string>>;

/** Why a cell is refused, for the screen to say in the user's words. */
/** Columns printed on covers and slips: no character the packet's font lacks. */
const PRINTED = new Set<string>(['fullName', 'address', 'guardianName']);

export const ROSTER_REASONS = [
  'empty',
  'unsafe',
  'unprintable',
  'too_long',
  'invalid',
  'unknown',
  'ambiguous',
  'repeated',
  'example',
  'phone_not_allowed',
  'archived',
  'namesake',
  'other_family',
] as const;
export type RosterReason = (typeof ROSTER_REASONS)[number];

export interface RosterProblem {
  row: number;
  column: string;
  reason: RosterReason;
  message: string;
}

export interface RosterStudent {
  row: number;
  classId: string;
  fullName: string;
  address: string;
  postcode: string;
  postOfficeId: string;
  delivery: DeliveryMode;
  guardianName: string;
  guardianPhone: string;
}

/** What checking a row needs to know of the database. */
export interface RosterLookups {
  /** The class a label names; the one class of a class roster when there is no class column. */
  classOf(label: string | undefined): { id: string; archived?: boolean } | undefined;
  /** The offices a postcode or id names. */
  officesOf(text: string): string[];
  /** The office is archived: no new pupil is given it. */
  officeArchived(id: string): boolean;
  /** Prefixes of the numbers texts may go to (`SMS_PHONE_PREFIXES`). */
  phonePrefixes: readonly string[];
}

/** The file's rows and the columns it has, in the file's order, headers mapped to columns. */
export async function parseRosterCsv(content: Buffer): Promise<{
  columns: RosterColumn[];
  records: RosterRecord[];
}> {
  const raw = await parseExcelCsv(content, 'roster');
  const named = Object.keys(raw[0] ?? {}).map((header) => [header, columnOf(header)] as const);
  const columns = [...new Set(named.flatMap(([, column]) => (column ? [column] : [])))];
  const records: RosterRecord[] = [];
  // Other requests go in between the parts of a 50,000-row file.
  await inSlices(raw, (cells) => {
    const record: RosterRecord = {};
    for (const [header, column] of named)
      if (column && record[column] === undefined) record[column] = cells[header];
    records.push(record);
  });
  return { columns, records };
}

export function missingColumns(columns: RosterColumn[], needsClass: boolean): RosterColumn[] {
  const needed = needsClass ? ['class' as const, ...REQUIRED] : REQUIRED;
  return needed.filter((column) => !columns.includes(column));
}

/** The cells in the order the template has them, for a preview that shows what was read. */
export function orderedCells(record: RosterRecord): Record<string, string> {
  return Object.fromEntries(
    ROSTER_COLUMNS.filter((c) => record[c] !== undefined).map((c) => [c, record[c] as string]),
  );
}

/**
 * Every problem of a row at once (an unknown office and a bad postcode together); the pupil
 * when there is none. Row numbers count the header as row 1, as a spreadsheet shows them.
 */
export function checkRosterRow(
  record: RosterRecord,
  index: number,
  needsClass: boolean,
  lookups: RosterLookups,
): RosterStudent | RosterProblem[] {
  const row = index + 2;
  const problems: RosterProblem[] = [];
  const refuse = (column: string, reason: RosterReason, message: string) =>
    problems.push({ row, column, reason, message });
  const text = (column: RosterColumn, max: number): string => {
    const value = (record[column] ?? '').trim();
    if (!value) refuse(column, 'empty', `${column} is empty`);
    else if (!isSafeText(value))
      refuse(column, 'unsafe', `${column} contains control or text-direction characters`);
    else if (value.length > max)
      refuse(column, 'too_long', `${column} is longer than ${max} characters`);
    else if (PRINTED.has(column) && unprintableIn(value).length > 0)
      refuse(
        column,
        'unprintable',
        `${column} holds characters a packet cannot print (${unprintableIn(value).join(' ')})`,
      );
    return value;
  };
  const fullName = text('fullName', 200);
  if (fullName && isExampleName(fullName))
    refuse('fullName', 'example', "this is the template's example row: replace it with a pupil");
  const address = text('address', 300);
  const postcode = normalisePostcode(record.postcode ?? '');
  if (!postcode)
    refuse('postcode', 'invalid', `postcode "${record.postcode ?? ''}" must be ${POSTCODE_HINT}`);
  const postOfficeId = office(text('postOffice', 36), lookups, (reason, message) =>
    refuse('postOffice', reason, message),
  );
  const delivery = deliveryOf(record.delivery ?? '');
  if (!delivery)
    refuse('delivery', 'invalid', `delivery "${record.delivery ?? ''}" must be pickup or door`);
  const guardianName = text('guardianName', 200);
  const guardianPhone = normalisePhone(record.guardianPhone ?? '');
  if (!guardianPhone)
    refuse(
      'guardianPhone',
      'invalid',
      `guardianPhone "${record.guardianPhone ?? ''}" is not a phone number`,
    );
  else if (!phoneAllowed(guardianPhone, lookups.phonePrefixes))
    refuse(
      'guardianPhone',
      'phone_not_allowed',
      `guardianPhone "${record.guardianPhone ?? ''}" is not a number texts can be sent to: enter the guardian's mobile number, starting with ${lookups.phonePrefixes.join(' or ')}`,
    );
  const label = needsClass ? text('class', 10) : undefined;
  const schoolClass = label === '' ? undefined : lookups.classOf(label);
  if (label && !schoolClass)
    refuse('class', 'unknown', `class "${label}" does not exist in this school`);
  if (label && schoolClass?.archived)
    refuse('class', 'archived', `class "${label}" is archived: restore it first or name another`);
  if (problems.length > 0 || !schoolClass || !postOfficeId) return problems;
  return {
    row,
    classId: schoolClass.id,
    fullName,
    address,
    postcode: postcode as string,
    postOfficeId,
    delivery: delivery as DeliveryMode,
    guardianName,
    guardianPhone: guardianPhone as string,
  };
}

function office(
  text: string,
  lookups: RosterLookups,
  refuse: (reason: RosterReason, message: string) => void,
): string | undefined {
  if (!text) return undefined;
  const ids = lookups.officesOf(text);
  if (ids.length === 1 && lookups.officeArchived(ids[0])) {
    refuse('archived', `postOffice "${text}" is archived: name a working post office`);
    return undefined;
  }
  if (ids.length === 1) return ids[0];
  if (ids.length === 0)
    refuse('unknown', `postOffice "${text}" is not a known post office postcode or id`);
  else refuse('ambiguous', `postOffice "${text}" matches several post offices; use the office id`);
  return undefined;
}

/** "5Ә", "5 Ә" and "5-ә" all name grade 5, letter Ә. */
export function classKey(label: string): string {
  return label.replace(/[\s\-–]/g, '').toUpperCase();
}

/** A pupil's name as compared for "the same pupil": case and extra spaces do not matter. */
export function nameKey(fullName: string): string {
  return fullName.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('kk');
}
