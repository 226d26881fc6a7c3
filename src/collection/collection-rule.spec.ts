import { DutyTerms, evaluateDuty } from './collection-rule';

const OFFICE_A = 'office-a';
const OFFICE_B = 'office-b';
const terms = (overrides: Partial<DutyTerms> = {}): DutyTerms => ({
  startsOn: '2026-11-01',
  endsOn: null,
  maxIntervalDays: 14,
  postOfficeIds: [OFFICE_A],
  ...overrides,
});
/** Noon in Kazakhstan on that date. */
const at = (date: string): Date => new Date(`${date}T12:00:00+05:00`);

describe('the two-week collection rule', () => {
  it('counts from the start when no round happened yet', () => {
    const standing = evaluateDuty(terms(), [], [], '2026-11-10');
    expect(standing).toMatchObject({
      active: true,
      lastCollectedAt: null,
      nextDueOn: '2026-11-15',
      overdue: false,
      daysOverdue: 0,
    });
  });

  it('is on time at exactly 14 days and overdue on the 15th', () => {
    const visits = [{ postOfficeId: OFFICE_A, collectedAt: at('2026-11-03') }];
    expect(evaluateDuty(terms(), visits, [], '2026-11-17')).toMatchObject({
      overdue: false,
      nextDueOn: '2026-11-17',
    });
    expect(evaluateDuty(terms(), visits, [], '2026-11-18')).toMatchObject({
      overdue: true,
      daysOverdue: 1,
    });
    expect(evaluateDuty(terms(), [], [], '2026-11-16')).toMatchObject({
      overdue: true,
      daysOverdue: 1,
    });
  });

  it('judges each office on its own', () => {
    const visits = [{ postOfficeId: OFFICE_A, collectedAt: at('2026-11-12') }];
    const standing = evaluateDuty(
      terms({ postOfficeIds: [OFFICE_A, OFFICE_B] }),
      visits,
      [],
      '2026-11-20',
    );
    expect(standing.offices.map((o) => [o.postOfficeId, o.overdue])).toEqual([
      [OFFICE_A, false],
      [OFFICE_B, true],
    ]);
    expect(standing).toMatchObject({ overdue: true, nextDueOn: '2026-11-15', daysOverdue: 5 });
    expect(standing.lastCollectedAt).toEqual(at('2026-11-12'));
  });

  it('ignores rounds after the as-of date, so the past can be replayed', () => {
    const visits = [{ postOfficeId: OFFICE_A, collectedAt: at('2026-11-25') }];
    expect(evaluateDuty(terms(), visits, [], '2026-11-20')).toMatchObject({
      lastCollectedAt: null,
      overdue: true,
    });
  });

  it('is never overdue once the duty has ended, and judged on its last day', () => {
    const ended = terms({ endsOn: '2026-11-10' });
    expect(evaluateDuty(ended, [], [], '2026-12-31')).toMatchObject({
      active: false,
      overdue: false,
      nextDueOn: '2026-11-15',
    });
  });

  it('flags returned work waiting longer than the interval even after rounds', () => {
    const visits = [{ postOfficeId: OFFICE_A, collectedAt: at('2026-11-20') }];
    const waiting = [
      { code: 'RR000000015KZ', postOfficeId: OFFICE_A, returnedAt: at('2026-11-02') },
      { code: 'RR000000029KZ', postOfficeId: OFFICE_A, returnedAt: at('2026-11-19') },
      { code: 'RR000000032KZ', postOfficeId: OFFICE_A, returnedAt: at('2026-11-23') },
    ];
    const standing = evaluateDuty(terms(), visits, waiting, '2026-11-21');
    expect(standing.overdue).toBe(false);
    expect(standing.offices[0].waitingPackets).toEqual([
      { code: 'RR000000015KZ', returnedAt: at('2026-11-02'), waitingDays: 19, late: true },
      { code: 'RR000000029KZ', returnedAt: at('2026-11-19'), waitingDays: 2, late: false },
    ]);
  });

  it('stops counting a duty as overdue from the day the deputy ended it, and replays the days before', () => {
    const ended = terms({ endedOn: '2026-11-20' });
    expect(evaluateDuty(ended, [], [], '2026-11-20')).toMatchObject({
      active: false,
      overdue: false,
      daysOverdue: 0,
    });
    expect(evaluateDuty(ended, [], [], '2026-12-31')).toMatchObject({
      active: false,
      overdue: false,
    });
    expect(evaluateDuty(ended, [], [], '2026-11-19')).toMatchObject({
      active: true,
      overdue: true,
      daysOverdue: 4,
    });
  });

  it('runs a handed-over duty on the clock of the duty it took over', () => {
    const taken = terms({ startsOn: '2026-11-20', clockFrom: '2026-11-01' });
    expect(evaluateDuty(taken, [], [], '2026-11-21')).toMatchObject({
      overdue: true,
      nextDueOn: '2026-11-15',
    });
    const visits = [{ postOfficeId: OFFICE_A, collectedAt: at('2026-11-12') }];
    expect(evaluateDuty(taken, visits, [], '2026-11-21')).toMatchObject({
      overdue: false,
      nextDueOn: '2026-11-26',
    });
  });
});
