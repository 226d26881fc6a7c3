import { DomainError } from '@/common/errors/domain-error';
import { classKey, missingColumns, parseRosterCsv, validateRosterRecord } from './roster-csv';

const header = 'fullName;address;postcode;postOffice;delivery;guardianName;guardianPhone';
const good = 'Әлиев Нұрсұлтан;Көктал, Абай к. 1;А15Е3С5;050010;door;Әлиева Гүлнар;8 701 234 56 78';

describe('parseRosterCsv', () => {
  it('reads a semicolon file saved by Excel with a BOM', () => {
    const records = parseRosterCsv(Buffer.from(`\uFEFF${header}\r\n${good}\r\n`));
    expect(records).toHaveLength(1);
    expect(records[0].fullName).toBe('Әлиев Нұрсұлтан');
  });

  it('reads a comma file without a BOM', () => {
    const csv = `${header.replace(/;/g, ',')}\nӘлиев,"Көктал, Абай к. 1",050010,050010,,Әлиева,87012345678\n`;
    const records = parseRosterCsv(Buffer.from(csv));
    expect(records[0].address).toBe('Көктал, Абай к. 1');
  });

  it('refuses a file that is not UTF-8', () => {
    expect(() => parseRosterCsv(Buffer.from([0x66, 0x75, 0xff, 0xfe, 0x0a]))).toThrow(DomainError);
  });
});

describe('validateRosterRecord', () => {
  const [record] = parseRosterCsv(Buffer.from(`${header}\n${good}`));

  it('normalises postcode and phone', () => {
    const student = validateRosterRecord(record, 0, false);
    expect(student).toMatchObject({
      row: 2,
      postcode: 'A15E3C5',
      guardianPhone: '+77012345678',
      delivery: 'door',
    });
  });

  it('names the row and column of every problem', () => {
    const problems = validateRosterRecord({ ...record, postcode: '12', fullName: '' }, 4, false);
    expect(problems).toEqual([
      { row: 6, column: 'fullName', message: 'fullName is empty' },
      { row: 6, column: 'postcode', message: expect.stringContaining('postcode "12"') },
    ]);
  });

  it('asks for the class column only for a whole-school file', () => {
    expect(missingColumns([record], false)).toEqual([]);
    expect(missingColumns([record], true)).toEqual(['class']);
  });

  it('reads class labels loosely', () => {
    expect(classKey('5 ә')).toBe(classKey('5Ә'));
  });
});
