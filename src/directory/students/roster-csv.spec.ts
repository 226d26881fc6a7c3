import { DomainError } from '@/common/errors/domain-error';
import {
  checkRosterRow,
  classKey,
  missingColumns,
  nameKey,
  parseRosterCsv,
  RosterLookups,
  RosterRecord,
} from './roster-csv';

const header = 'fullName;address;postcode;postOffice;delivery;guardianName;guardianPhone';
const good = 'Әлиев Нұрсұлтан;Көктал, Абай к. 1;А15Е3С5;050010;door;Әлиева Гүлнар;8 701 234 56 78';
const lookups: RosterLookups = {
  classOf: (label) =>
    label === undefined || classKey(label) === '5Ә'
      ? { id: 'c5' }
      : classKey(label) === '4А'
        ? { id: 'c4', archived: true }
        : undefined,
  officesOf: (text) =>
    text === '050010' ? ['o1'] : text === '000000' ? ['o2', 'o3'] : text === '050099' ? ['o9'] : [],
  officeArchived: (id) => id === 'o9',
  phonePrefixes: ['+77'],
};

describe('parseRosterCsv', () => {
  it('reads a semicolon file saved by Excel with a BOM', async () => {
    const { records } = await parseRosterCsv(Buffer.from(`\uFEFF${header}\r\n${good}\r\n`));
    expect(records).toHaveLength(1);
    expect(records[0].fullName).toBe('Әлиев Нұрсұлтан');
  });

  it('reads a comma file without a BOM', async () => {
    const csv = `${header.replace(/;/g, ',')}\nӘлиев,"Көктал, Абай к. 1",050010,050010,,Әлиева,87012345678\n`;
    expect((await parseRosterCsv(Buffer.from(csv))).records[0].address).toBe('Көктал, Абай к. 1');
  });

  it('maps Kazakh and Russian headers, in any case and spacing, to the columns', async () => {
    const kk = await parseRosterCsv(
      Buffer.from('СЫНЫП;аты жөні;Мекенжайы ;Индекс;Extra\n5 Ә;Әлиев;Көктал;050010;x\n'),
    );
    expect(kk.columns).toEqual(['class', 'fullName', 'address', 'postcode']);
    expect(kk.records[0]).toEqual({
      class: '5 Ә',
      fullName: 'Әлиев',
      address: 'Көктал',
      postcode: '050010',
    });
    const ru = await parseRosterCsv(
      Buffer.from('ФИО;Телефон родителя;Доставка\nИванов;87011234567;на дом'),
    );
    expect(ru.records[0]).toEqual({
      fullName: 'Иванов',
      guardianPhone: '87011234567',
      delivery: 'на дом',
    });
  });

  it('refuses a file that is not UTF-8', async () => {
    await expect(parseRosterCsv(Buffer.from([0x66, 0x75, 0xff, 0xfe, 0x0a]))).rejects.toThrow(
      DomainError,
    );
  });
});

describe('checkRosterRow', () => {
  let record: RosterRecord;
  beforeAll(async () => {
    [record] = (await parseRosterCsv(Buffer.from(`${header}\n${good}`))).records;
  });

  it('normalises postcode, phone and delivery words', () => {
    expect(checkRosterRow(record, 0, false, lookups)).toMatchObject({
      row: 2,
      classId: 'c5',
      postcode: 'A15E3C5',
      postOfficeId: 'o1',
      guardianPhone: '+77012345678',
      delivery: 'door',
    });
    expect(checkRosterRow({ ...record, delivery: 'Үйге дейін' }, 0, false, lookups)).toMatchObject({
      delivery: 'door',
    });
    expect(checkRosterRow({ ...record, delivery: '' }, 0, false, lookups)).toMatchObject({
      delivery: 'pickup',
    });
  });

  it('refuses a phone texts cannot go to, naming the column', () => {
    expect(
      checkRosterRow({ ...record, guardianPhone: '+44 7700 900123' }, 0, false, lookups),
    ).toEqual([
      expect.objectContaining({ row: 2, column: 'guardianPhone', reason: 'phone_not_allowed' }),
    ]);
  });

  it('names every problem of a row at once: an unknown office beside a bad postcode', () => {
    const problems = checkRosterRow(
      { ...record, postcode: '12', postOffice: '999999', fullName: '', delivery: 'pigeon' },
      4,
      false,
      lookups,
    );
    expect(problems).toEqual([
      { row: 6, column: 'fullName', reason: 'empty', message: 'fullName is empty' },
      { row: 6, column: 'postcode', reason: 'invalid', message: expect.stringContaining('"12"') },
      {
        row: 6,
        column: 'postOffice',
        reason: 'unknown',
        message: expect.stringContaining('999999'),
      },
      { row: 6, column: 'delivery', reason: 'invalid', message: expect.stringContaining('pigeon') },
    ]);
  });

  it('refuses an office postcode several offices share, an unknown class and the example row', () => {
    const problems = checkRosterRow(
      { ...record, class: '9 Z', postOffice: '000000', fullName: 'Иванов Иван Петрович (образец)' },
      0,
      true,
      lookups,
    );
    expect(Array.isArray(problems) && problems.map((p) => [p.column, p.reason])).toEqual([
      ['fullName', 'example'],
      ['postOffice', 'ambiguous'],
      ['class', 'unknown'],
    ]);
  });

  it('refuses an archived class and an archived office, each at its cell', () => {
    const problems = checkRosterRow(
      { ...record, class: '4 А', postOffice: '050099' },
      0,
      true,
      lookups,
    );
    expect(problems).toEqual([
      {
        row: 2,
        column: 'postOffice',
        reason: 'archived',
        message: expect.stringContaining('050099'),
      },
      { row: 2, column: 'class', reason: 'archived', message: expect.stringContaining('4 А') },
    ]);
  });

  it('asks for the class column only for a whole-school file', async () => {
    const { columns } = await parseRosterCsv(Buffer.from(`${header}\n${good}`));
    expect(missingColumns(columns, false)).toEqual([]);
    expect(missingColumns(columns, true)).toEqual(['class']);
  });

  it('reads class labels and names loosely', () => {
    expect(classKey('5 ә')).toBe(classKey('5Ә'));
    expect(nameKey('  ӘЛИЕВ   Нұрсұлтан ')).toBe(nameKey('Әлиев нұрсұлтан'));
  });
});
