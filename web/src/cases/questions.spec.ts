import { answerLinesOf, questionDrafts } from './questions';

const long =
  'Бір апта бойы күнделік жазыңыз: әр күні не оқығаныңызды, не білгеніңізді жазыңыз. '.repeat(2);

describe('a case’s answer lines in the editor', () => {
  it('sends no counts while every question keeps the default by its length', () => {
    expect(answerLinesOf(questionDrafts(['Зат есім дегеніміз не?', long]))).toBeUndefined();
  });

  it('sends one count per question once one is set, the others at their default', () => {
    const drafts = questionDrafts(['Зат есім дегеніміз не?', long]);
    drafts[1] = { ...drafts[1], lines: '14' };
    expect(answerLinesOf(drafts)).toEqual([3, 14]);
  });

  it('opens a saved case with the counts it was saved with', () => {
    expect(questionDrafts(['a', 'b'], [0, 12])).toEqual([
      { text: 'a', lines: '0' },
      { text: 'b', lines: '12' },
    ]);
    expect(questionDrafts(['a'], null)).toEqual([{ text: 'a', lines: '' }]);
  });
});
