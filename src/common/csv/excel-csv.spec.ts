import { DomainError } from '../errors/domain-error';
import { parseExcelCsv } from './excel-csv';

describe('parseExcelCsv', () => {
  it('reads a file of many slices whole: quoted line breaks and Kazakh letters across cuts', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `Әлиев ${i};"Көктал,\nАбай к. ${i}";${'ә'.repeat(i % 40)}`,
    );
    const records = await parseExcelCsv(
      Buffer.from(`name;address;note\n${rows.join('\n')}\n`),
      'roster',
    );
    expect(records).toHaveLength(3000);
    expect(records[2999]).toEqual({
      name: 'Әлиев 2999',
      address: 'Көктал,\nАбай к. 2999',
      note: 'ә'.repeat(2999 % 40),
    });
  });

  it('refuses a broken file as unreadable', async () => {
    const broken = parseExcelCsv(Buffer.from('name;address\n"Әлиев;Көктал\n'), 'roster');
    await expect(broken).rejects.toThrow(DomainError);
    await expect(broken).rejects.toMatchObject({ code: 'roster.unreadable' });
  });
});
