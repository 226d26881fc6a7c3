import { keptSubject } from './kept-subject';

const russianGrade5 = [{ code: 'russian_language' }, { code: 'mathematics' }];

describe('the subject kept when the class changes', () => {
  it('stays when the new grade and language still have it', () => {
    expect(keptSubject('mathematics', russianGrade5)).toEqual({ code: 'mathematics' });
  });

  it('is dropped, and named, when they do not', () => {
    expect(keptSubject('kazakh_language', russianGrade5)).toEqual({
      code: '',
      dropped: 'kazakh_language',
    });
  });

  it('waits for the new list, and leaves an empty choice alone', () => {
    expect(keptSubject('kazakh_language', undefined)).toEqual({ code: 'kazakh_language' });
    expect(keptSubject('', russianGrade5)).toEqual({ code: '' });
  });
});
