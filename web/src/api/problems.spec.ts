import { ApiError, ErrorBody } from './errors';
import { fieldProblemKeys, problemAt } from './problems';

const refusal = (code: ErrorBody['code'], details?: Record<string, unknown>) =>
  new ApiError({ statusCode: 400, error: 'Bad Request', code, message: 'no', details });

describe("where the service's refusal is shown", () => {
  it("words each field's validation rule", () => {
    const problems = fieldProblemKeys(
      refusal('request.invalid', {
        fields: [
          { field: 'fullName', rules: ['isNotEmpty', 'maxLength'] },
          { field: 'login', rules: ['matches'] },
          { field: 'textbook.pages', rules: ['maxLength'] },
          { field: 'schoolId', rules: ['whitelistValidation'] },
          { field: 'odd', rules: ['somethingNew'] },
        ],
        more: 0,
      }),
    );
    expect(problems).toEqual({
      fullName: { key: 'fieldRule.required', values: {} },
      login: { key: 'fieldRule.format', values: {} },
      'textbook.pages': { key: 'fieldRule.tooLong', values: {} },
      schoolId: { key: 'fieldRule.unexpected', values: {} },
      odd: { key: 'fieldRule.invalid', values: {} },
    });
    expect(problemAt(problems, 'textbook')?.key).toBe('fieldRule.tooLong');
    expect(problemAt(problems, 'topic')).toBeUndefined();
  });

  it("marks only the duty date that is wrong, with its reason's words and the day as read", () => {
    const details = { field: 'endsOn', reason: 'end_before_start', limit: '2026-12-19' };
    expect(fieldProblemKeys(refusal('duty.dates_invalid', details))).toEqual({
      endsOn: {
        key: 'errors.duty.dates_invalid.end_before_start',
        values: { ...details, limit: '19.12.2026' },
      },
    });
  });

  it("says a value another record has at its field, in the refusal's own words", () => {
    const details = {
      postcode: '050010',
      fields: [{ field: 'postcode', problems: ['postcode is taken'], rules: ['unique'] }],
    };
    expect(fieldProblemKeys(refusal('post_office.postcode_taken', details))).toEqual({
      postcode: { key: 'errors.post_office.postcode_taken', values: details },
    });
  });

  it('puts a refusal about a field beside that field, with its values', () => {
    expect(fieldProblemKeys(refusal('staff.login_taken'))).toEqual({
      login: { key: 'errors.staff.login_taken', values: {} },
    });
    const late = fieldProblemKeys(
      refusal('dispatch.return_date_invalid', { latest: '2027-01-01' }),
    );
    expect(late.returnDueOn).toEqual({
      key: 'errors.dispatch.return_date_invalid',
      values: { latest: '2027-01-01' },
    });
    expect(fieldProblemKeys(refusal('review.invalid', { field: 'mark' })).mark.key).toBe(
      'errors.review.invalid',
    );
  });

  it('names no field for a refusal about the whole request, or no answer at all', () => {
    expect(fieldProblemKeys(refusal('packet.busy'))).toEqual({});
    expect(fieldProblemKeys(new TypeError('Failed to fetch'))).toEqual({});
  });
});
