import { isSilentPupil } from './silent-pupils';

describe('isSilentPupil', () => {
  const asOf = '2027-01-20';
  const returnedOn = (date: string) => new Date(`${date}T10:00:00+05:00`);

  it('never lists a pupil who returned all work due, however long ago', () => {
    expect(isSilentPupil({ owesWork: false, lastReturnedAt: returnedOn('2026-12-01') }, asOf)).toBe(
      false,
    );
    expect(isSilentPupil({ owesWork: false, lastReturnedAt: null }, asOf)).toBe(false);
  });

  it('lists a pupil who owes work and returned nothing in the 28 days before the date', () => {
    expect(isSilentPupil({ owesWork: true, lastReturnedAt: null }, asOf)).toBe(true);
    expect(isSilentPupil({ owesWork: true, lastReturnedAt: returnedOn('2026-12-23') }, asOf)).toBe(
      true,
    );
  });

  it('does not list a pupil who owes work but returned something in the last 28 days', () => {
    expect(isSilentPupil({ owesWork: true, lastReturnedAt: returnedOn('2026-12-24') }, asOf)).toBe(
      false,
    );
    expect(isSilentPupil({ owesWork: true, lastReturnedAt: returnedOn('2027-01-19') }, asOf)).toBe(
      false,
    );
  });

  it('reads the return on the school’s calendar (Almaty), not UTC', () => {
    // 23.12 at 02:00 in Almaty is still 22.12 in UTC: 28 days before 20.01 either way.
    const early = new Date('2026-12-23T02:00:00+05:00');
    expect(isSilentPupil({ owesWork: true, lastReturnedAt: early }, asOf)).toBe(true);
    expect(isSilentPupil({ owesWork: true, lastReturnedAt: early }, '2027-01-19')).toBe(false);
  });
});
