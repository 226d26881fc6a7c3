import { mayCarry, mayCollect, type DutyBrief } from './carrier-rights';

const carry: DutyBrief = { kind: 'carry', teacherId: 't1', postOfficeIds: ['v1'], active: true };

describe("who records a by-hand packet's steps", () => {
  it("lets the carrier appointed for the pupil's office, on a duty in force", () => {
    expect(mayCarry({ id: 't1', role: 'teacher' }, [carry], 'v1')).toBe(true);
  });

  it('refuses another teacher, another village, an ended duty and a collecting duty', () => {
    expect(mayCarry({ id: 't2', role: 'teacher' }, [carry], 'v1')).toBe(false);
    expect(mayCarry({ id: 't1', role: 'teacher' }, [carry], 'v2')).toBe(false);
    expect(mayCarry({ id: 't1', role: 'teacher' }, [{ ...carry, active: false }], 'v1')).toBe(
      false,
    );
    expect(mayCarry({ id: 't1', role: 'teacher' }, [{ ...carry, kind: 'collect' }], 'v1')).toBe(
      false,
    );
  });

  it('lets the deputies and the director record any', () => {
    for (const role of ['director', 'deputy_academic', 'deputy_upbringing'])
      expect(mayCarry({ id: 'd', role }, [], 'v1')).toBe(true);
  });
});

describe('who records work brought into school ("collected")', () => {
  it("lets the office's carrier or collecting teacher on a duty in force, and the deputy for upbringing", () => {
    expect(mayCollect({ id: 't1', role: 'teacher' }, [carry], 'v1')).toBe(true);
    expect(mayCollect({ id: 't1', role: 'teacher' }, [{ ...carry, kind: 'collect' }], 'v1')).toBe(
      true,
    );
    expect(mayCollect({ id: 'd', role: 'deputy_upbringing' }, [], 'v1')).toBe(true);
  });

  it('refuses another teacher, another office, an ended duty and the academic deputy', () => {
    expect(mayCollect({ id: 't2', role: 'teacher' }, [carry], 'v1')).toBe(false);
    expect(mayCollect({ id: 't1', role: 'teacher' }, [carry], 'v2')).toBe(false);
    expect(mayCollect({ id: 't1', role: 'teacher' }, [{ ...carry, active: false }], 'v1')).toBe(
      false,
    );
    expect(mayCollect({ id: 'd', role: 'deputy_academic' }, [], 'v1')).toBe(false);
  });
});
