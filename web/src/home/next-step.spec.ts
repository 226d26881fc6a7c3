import { nextStep } from './next-step';

const calm = {
  classes: 3,
  pupils: 40,
  cases: 5,
  dispatchesThisWeek: 2,
  awaitingReview: 0,
  overdue: 0,
  postOffices: 10,
  schools: 2,
  staff: 12,
};

describe("the home screen's next step", () => {
  it('sends a teacher to the papers waiting for review before writing a case', () => {
    expect(nextStep('teacher', { ...calm, cases: 0, awaitingReview: 4 })).toEqual({
      key: 'next.review',
      to: '/reviews',
      values: { count: 4 },
    });
  });

  it('then to the overdue packets, on the screen the role has', () => {
    expect(nextStep('teacher', { ...calm, overdue: 2 }).to).toBe('/packets');
    expect(nextStep('deputy_academic', { ...calm, overdue: 2 }).to).toBe('/reports');
  });

  it('then to what the school lacks: pupils, a case, a dispatch', () => {
    expect(nextStep('director', { ...calm, classes: 0, pupils: 0 }).key).toBe('next.director');
    expect(nextStep('deputy_academic', { ...calm, pupils: 0 }).key).toBe('next.pupils');
    expect(nextStep('teacher', { ...calm, cases: 0 }).key).toBe('next.writeCase');
    expect(nextStep('teacher', { ...calm, dispatchesThisWeek: 0 }).key).toBe('next.send');
  });

  it('tells a teacher with packet dates what they owe them, never to send cases themselves', () => {
    const quiet = { ...calm, dispatchesThisWeek: 0 };
    expect(nextStep('teacher', quiet, 3)).toEqual({
      key: 'next.due',
      to: '/cases',
      values: { count: 3 },
    });
    expect(nextStep('teacher', quiet, 0).key).toBe('next.dueDone');
    expect(nextStep('teacher', { ...quiet, awaitingReview: 1 }, 3).key).toBe('next.review');
  });

  it('sends a carrier or collector to their visit, before writing cases; first when it is late', () => {
    const carry = { kind: 'carry', overdue: false } as const;
    expect(nextStep('teacher', { ...calm, cases: 0 }, undefined, carry)).toEqual({
      key: 'next.carry',
      to: '/round',
    });
    expect(nextStep('teacher', calm, 2, { kind: 'collect', overdue: false }).key).toBe('next.due');
    expect(nextStep('teacher', calm, 2, { kind: 'collect', overdue: true }).key).toBe(
      'next.collect',
    );
  });

  it('tells a director whose school is set up to follow the returns, not to load pupils', () => {
    expect(nextStep('director', calm)).toEqual({ key: 'next.director.follow', to: '/reports' });
  });

  it("gives the role's usual step when nothing waits, and the admin's set-up in order", () => {
    expect(nextStep('deputy_upbringing', calm)).toEqual({
      key: 'next.deputy_upbringing',
      to: '/duties',
    });
    expect(nextStep('admin', { ...calm, postOffices: 0, schools: 0 }).to).toBe('/offices');
    expect(nextStep('admin', { ...calm, schools: 0 }).to).toBe('/schools');
    expect(nextStep('post_clerk', undefined).to).toBe('/station');
  });
});
