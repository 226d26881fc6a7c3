import { formatS10 } from '@domain/packets/s10';
import { judgeFrame } from './reading';

describe('judging what the camera read', () => {
  const good = formatS10('RR', 12345678);
  const corrupted = `${good.slice(0, 9)}${(Number(good[10]) + 1) % 10}${good.slice(11)}`;

  it('hands over a code whose check digit is right', () => {
    expect(judgeFrame([good])).toEqual({ kind: 'code', code: good });
    expect(judgeFrame([` ${good.toLowerCase()}\n`])).toEqual({ kind: 'code', code: good });
  });

  it('calls a wrong check digit or shape a misread, and an empty frame nothing', () => {
    expect(judgeFrame([corrupted])).toEqual({ kind: 'misread', code: corrupted });
    expect(judgeFrame(['ABC'])).toEqual({ kind: 'misread', code: 'ABC' });
    expect(judgeFrame([])).toEqual({ kind: 'nothing' });
    expect(judgeFrame([''])).toEqual({ kind: 'nothing' });
  });

  it('prefers the valid code when a frame holds a misread one too', () => {
    expect(judgeFrame([corrupted, good])).toEqual({ kind: 'code', code: good });
  });
});
