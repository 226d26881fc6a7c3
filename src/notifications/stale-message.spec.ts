import { staleReason } from './stale-message';

const today = '2026-12-10';

describe('a message looked at again before it goes', () => {
  it('drops "waits at the post office" once the packet moved on', () => {
    const arrived = { status: 'arrived' as const, returnDueOn: '2026-12-20' };
    expect(staleReason('packet_arrived', arrived, today)).toBeNull();
    expect(staleReason('packet_on_way', arrived, today)).toBeNull();
    for (const status of ['delivered', 'return_received', 'collected', 'lost'] as const)
      expect(staleReason('packet_arrived', { status, returnDueOn: '2026-12-20' }, today)).toBe(
        'packet_moved_on',
      );
  });

  it('drops a reminder once the work is handed in or the date was extended', () => {
    const held = { status: 'delivered' as const, returnDueOn: '2026-12-12' };
    expect(staleReason('return_due', held, today)).toBeNull();
    expect(staleReason('return_due', { ...held, status: 'return_received' }, today)).toBe(
      'packet_moved_on',
    );
    expect(staleReason('return_due', { ...held, returnDueOn: '2026-12-14' }, today)).toBe(
      'due_date_moved',
    );
  });

  it('drops an overdue warning once the work is back or the new date is still ahead', () => {
    const late = { status: 'arrived' as const, returnDueOn: '2026-12-09' };
    expect(staleReason('work_overdue', late, today)).toBeNull();
    expect(staleReason('work_overdue', { ...late, status: 'reviewed' }, today)).toBe(
      'packet_moved_on',
    );
    expect(staleReason('work_overdue', { ...late, returnDueOn: today }, today)).toBe(
      'due_date_moved',
    );
  });

  it('keeps messages about no packet (duties, silent pupils)', () => {
    expect(staleReason('duty_overdue', undefined, today)).toBeNull();
    expect(staleReason('pupil_silent', undefined, today)).toBeNull();
  });
});
