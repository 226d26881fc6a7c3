import { dispatchFileStem, packetFileStem } from './file-names';

describe('file names', () => {
  const class5 = [{ grade: 5, letter: 'Ә' }];

  it('names a dispatch by class, day, time and id: two of one class on one day differ', () => {
    const morning = dispatchFileStem('packets', class5, new Date('2026-12-04T04:30:00Z'), 'ab12-x');
    const again = dispatchFileStem('packets', class5, new Date('2026-12-04T04:30:20Z'), 'cd34-y');
    expect(morning).toBe('packets-5Ә-2026-12-04-09.30-ab12');
    expect(again).not.toBe(morning);
    expect(
      dispatchFileStem(
        'manifest',
        [...class5, ...class5, ...class5, ...class5, ...class5],
        new Date(0),
        'ffff',
      ),
    ).toMatch(/^manifest-5-classes-/);
  });

  it('names a packet by class, pupil and code', () => {
    expect(packetFileStem(class5[0], 'Әлиев Нұрсұлтан Ерланұлы', 'RR123456785KZ')).toBe(
      'packet-5Ә-Әлиев-Нұрсұлтан-RR123456785KZ',
    );
  });
});
