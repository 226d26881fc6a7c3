import { RosterStudent } from './roster-csv';
import { ExistingPupil, planRoster } from './roster-plan';

const pupil = (
  row: number,
  fullName: string,
  change: Partial<RosterStudent> = {},
): RosterStudent => ({
  row,
  classId: 'c',
  fullName,
  address: 'Көктал, Абай к. 1',
  postcode: '050010',
  postOfficeId: 'o',
  delivery: 'pickup',
  guardianName: 'Ата-ана',
  guardianPhone: '+77011234567',
  ...change,
});
const onList = (id: string, fullName: string, active = true): ExistingPupil => {
  const { row: _row, ...fields } = pupil(0, fullName);
  return { ...fields, id, active };
};

describe('planRoster', () => {
  it('adds new pupils, updates changed ones, leaves the same ones and reports leavers', () => {
    const { planned, problems } = planRoster(
      [
        pupil(2, 'Жаңа Оқушы'),
        pupil(3, 'ӘЛИЕВ  Нұрсұлтан', { guardianPhone: '+77019999999' }),
        pupil(4, 'Қасымова Айгерім'),
        pupil(5, 'Кеткен Бала'),
      ],
      [
        onList('a', 'Әлиев Нұрсұлтан'),
        onList('k', 'Қасымова Айгерім'),
        onList('x', 'Кеткен Бала', false),
      ],
    );
    expect(problems).toEqual([]);
    expect(planned.map((p) => [p.student.row, p.outcome, p.existingId])).toEqual([
      [2, 'add', undefined],
      [3, 'update', 'a'],
      [4, 'unchanged', 'k'],
      [5, 'left', 'x'],
    ]);
    expect(planned[1].changes).toEqual({
      guardianPhone: { before: '+77011234567', after: '+77019999999' },
    });
  });

  it('corrects a pupil matched by name alone only with a warning when the guardian is another', () => {
    const { planned, warnings } = planRoster(
      [
        pupil(2, 'Әбілов Данияр', {
          guardianName: 'Әбілова Гүлмира',
          guardianPhone: '+77059999999',
          address: 'Ақсу ауылы, Бірлік к., 15',
        }),
        pupil(3, 'Қасымова Айгерім', { guardianPhone: '+77019999999' }),
      ],
      [onList('a', 'Әбілов Данияр'), onList('k', 'Қасымова Айгерім')],
    );
    expect(planned.map((p) => [p.student.row, p.outcome, p.existingId])).toEqual([
      [2, 'update', 'a'],
      [3, 'update', 'k'],
    ]);
    // Only the row whose guardian is another person too: a new phone alone is a correction.
    expect(warnings.map((w) => [w.row, w.column, w.reason])).toEqual([
      [2, 'fullName', 'other_family'],
    ]);
    expect(warnings[0].message).toContain('Ата-ана');
  });

  it('refuses a name twice in the file and a name two pupils on the list share', () => {
    const { planned, problems } = planRoster(
      [pupil(2, 'Бір Бала'), pupil(3, 'бір бала'), pupil(4, 'Егіз')],
      [onList('e1', 'Егіз'), onList('e2', 'Егіз')],
    );
    expect(planned).toHaveLength(1);
    expect(problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [3, 'fullName', 'repeated'],
      [4, 'fullName', 'ambiguous'],
    ]);
  });

  it('warns of a namesake added with another guardian, and tells namesakes apart by phone', () => {
    const other = { guardianPhone: '+77019999999' };
    const { planned, problems, warnings } = planRoster(
      [
        pupil(2, 'Аттас Бала', other),
        pupil(3, 'Аттас Бала'),
        pupil(4, 'Жалғыз', other),
        pupil(5, 'Екеу'),
        pupil(6, 'екеу', other),
      ],
      [onList('a', 'Аттас Бала'), onList('j', 'Жалғыз')],
    );
    expect(problems).toEqual([]);
    // Row 2 is a second child (row 3 carries the listed pupil's phone); row 4, the only one of
    // its name, corrects the pupil's phone. Only rows that add a namesake are warned of.
    expect(planned.map((p) => [p.student.row, p.outcome, p.existingId])).toEqual([
      [2, 'add', undefined],
      [3, 'unchanged', 'a'],
      [4, 'update', 'j'],
      [5, 'add', undefined],
      [6, 'add', undefined],
    ]);
    expect(warnings.map((w) => [w.row, w.column, w.reason])).toEqual([
      [2, 'fullName', 'namesake'],
      [5, 'fullName', 'namesake'],
      [6, 'fullName', 'namesake'],
    ]);
    const again = planRoster(
      [pupil(2, 'Аттас Бала', other), pupil(3, 'Аттас Бала')],
      [onList('a', 'Аттас Бала'), { ...onList('b', 'Аттас Бала'), ...other }],
    );
    expect(again.problems).toEqual([]);
    expect(again.planned.map((p) => [p.outcome, p.existingId])).toEqual([
      ['unchanged', 'b'],
      ['unchanged', 'a'],
    ]);
  });
});
