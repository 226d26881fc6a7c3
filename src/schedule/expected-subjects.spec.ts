import { expectedSubjects, subjectsOwed } from './expected-subjects';

const fiveA = { id: 'c5a', grade: 5, language: 'kk' };
const fiveB = { id: 'c5b', grade: 5, language: 'kk' };
const written = [
  { grade: 5, language: 'kk', subjectCode: 'kazakh_language' },
  { grade: 5, language: 'kk', subjectCode: 'mathematics' },
  { grade: 5, language: 'ru', subjectCode: 'russian_language' },
];
const assignments = [
  { classId: 'c5a', subjectCode: 'mathematics', teacherId: 'aliya' },
  { classId: 'c5a', subjectCode: 'history', teacherId: 'bolat' },
];

describe('the subjects a class packet should carry', () => {
  it('are the assigned ones, with their teachers, once a class has any', () => {
    expect(expectedSubjects(fiveA, assignments, written)).toEqual({
      source: 'assignments',
      subjects: [
        { subjectCode: 'history', teacherId: 'bolat' },
        { subjectCode: 'mathematics', teacherId: 'aliya' },
      ],
    });
  });

  it('fall back to what the school writes for the grade and language, with no teacher', () => {
    expect(expectedSubjects(fiveB, assignments, written)).toEqual({
      source: 'cases_written',
      subjects: [
        { subjectCode: 'kazakh_language', teacherId: null },
        { subjectCode: 'mathematics', teacherId: null },
      ],
    });
  });
});

describe('what a teacher owes a class', () => {
  it('is their assigned subjects there, and nothing written by them elsewhere counts', () => {
    expect(subjectsOwed('aliya', fiveA, assignments, written)).toEqual(['mathematics']);
    expect(subjectsOwed('dana', fiveA, assignments, written)).toEqual([]);
  });

  it('is what they write for the grade where the class has no assignment', () => {
    expect(subjectsOwed('dana', fiveB, assignments, written)).toEqual([
      'kazakh_language',
      'mathematics',
    ]);
  });
});
