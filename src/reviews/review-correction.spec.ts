import { reviewCorrectionProblem } from './review-correction';

describe('reviewCorrectionProblem', () => {
  const review = { reviewerId: 'teacher-1', feedbackPacketId: null };

  it('lets the reviewer, the director and the deputies correct a review not yet sent', () => {
    expect(reviewCorrectionProblem({ id: 'teacher-1', role: 'teacher' }, review)).toBeNull();
    for (const role of ['director', 'deputy_academic', 'deputy_upbringing'] as const)
      expect(reviewCorrectionProblem({ id: 'someone', role }, review)).toBeNull();
  });

  it('refuses another teacher', () => {
    expect(reviewCorrectionProblem({ id: 'teacher-2', role: 'teacher' }, review)).toBe(
      'not_reviewer',
    );
  });

  it('refuses everyone once the feedback was printed in the next packet', () => {
    const sent = { ...review, feedbackPacketId: 'packet-2' };
    expect(reviewCorrectionProblem({ id: 'teacher-1', role: 'teacher' }, sent)).toBe(
      'feedback_printed',
    );
    expect(reviewCorrectionProblem({ id: 'd', role: 'director' }, sent)).toBe('feedback_printed');
  });
});
