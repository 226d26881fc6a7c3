import { defaultAnswerLines } from './answer-lines';

describe('answer lines', () => {
  it('gives a longer question more lines to answer on', () => {
    expect(defaultAnswerLines('Зат есім дегеніміз не?')).toBe(3);
    expect(defaultAnswerLines('Мәтінді оқып, '.repeat(8))).toBe(5);
    expect(defaultAnswerLines('Мәтінді оқып, '.repeat(20))).toBe(7);
  });
});
