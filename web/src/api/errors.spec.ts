import { ApiError, dataOf, errorBody, ErrorBody, errorMessageKey } from './errors';

describe("the service's error answers", () => {
  const refusal: Partial<ErrorBody> = {
    statusCode: 409,
    code: 'class.archived',
    message: 'archived',
    details: { field: 'classId' },
  };

  it('hands over the data of an answer, and throws its error answer as an ApiError', () => {
    expect(dataOf({ data: { id: 1 } })).toEqual({ id: 1 });
    expect(() => dataOf({ error: refusal })).toThrow(ApiError);
    expect(() => dataOf({ error: refusal })).toThrow('archived');
  });

  it("reads the error's body whether thrown or as it came, and nothing from a network failure", () => {
    expect(errorBody(new ApiError(refusal))).toEqual(refusal);
    expect(errorBody(refusal)).toEqual(refusal);
    expect(errorBody(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(errorBody({ message: 'no code' })).toBeUndefined();
    expect(errorBody(undefined)).toBeUndefined();
  });

  it('names the catalogue key of the answer, with its details to fill in', () => {
    expect(errorMessageKey(new ApiError(refusal))).toEqual({
      key: 'errors.class.archived',
      values: { field: 'classId' },
    });
    expect(errorMessageKey({ code: 'auth.bad_credentials' })).toEqual({
      key: 'errors.auth.bad_credentials',
      values: {},
    });
    expect(errorMessageKey(new TypeError('Failed to fetch'))).toEqual({
      key: 'errors.network',
      values: {},
    });
  });
});
