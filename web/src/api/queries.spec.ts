import { ApiError } from './errors';
import { retryLoad } from './queries';

describe('when a failed load is tried again', () => {
  it('tries once more when no answer came or the service had trouble', () => {
    expect(retryLoad(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retryLoad(0, new ApiError({ statusCode: 503, code: 'server.unavailable' }))).toBe(true);
    expect(retryLoad(1, new TypeError('Failed to fetch'))).toBe(false);
  });

  it('shows a refusal at once: it would answer the same', () => {
    expect(retryLoad(0, new ApiError({ statusCode: 404, code: 'packet.not_found' }))).toBe(false);
    // As a query of the typed client throws it: the error answer's body itself.
    expect(retryLoad(0, { statusCode: 400, code: 'validation.failed' })).toBe(false);
    expect(retryLoad(0, new ApiError({ statusCode: 403, code: 'auth.role_forbidden' }))).toBe(
      false,
    );
  });
});
