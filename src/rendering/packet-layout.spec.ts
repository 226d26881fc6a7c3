import { answerLines } from './packet-layout';

describe('answer lines', () => {
  it('gives a longer question more lines to answer on', () => {
    expect(answerLines('Зат есім дегеніміз не?')).toBe(3);
    expect(answerLines('Мәтінді оқып, '.repeat(8))).toBe(5);
    expect(answerLines('Мәтінді оқып, '.repeat(20))).toBe(7);
  });
});
