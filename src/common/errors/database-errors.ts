import { QueryFailedError } from 'typeorm';
import { ErrorBody, errorBody } from './error-body';
import { ErrorCode } from './error-codes';

const UNIQUE_VIOLATION = '23505';
const NOT_NULL_VIOLATION = '23502';
const FOREIGN_KEY_VIOLATION = '23503';
/** Text or numbers PostgreSQL could not take: input the validation let through, still the client's. */
const BAD_INPUT_CODES = ['22021', '22P05', '22P02', '22003', '22007', '22008', '54000'];
const CONNECTION_CODES = [
  '57P01',
  '57P03',
  '08000',
  '08003',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
];

/** A unique rule broken, said in the domain's words rather than PostgreSQL's. */
const UNIQUE_RULES: Record<string, { code: ErrorCode; message: string }> = {
  uq_staff_login: {
    code: 'staff.login_taken',
    message: 'This login is already taken; choose another.',
  },
  uq_staff_login_lower: {
    code: 'staff.login_taken',
    message: 'This login is already taken; choose another.',
  },
  uq_classes_school_grade_letter: {
    code: 'class.exists',
    message: 'This school already has a class with that grade and letter.',
  },
  uq_post_offices_postcode: {
    code: 'post_office.postcode_taken',
    message: 'Another post office already has this postcode.',
  },
  uq_packets_replaces: {
    code: 'packet.already_redispatched',
    message: 'This packet was already sent again.',
  },
  uq_case_reviews_packet_case: {
    code: 'review.already_done',
    message: 'This packet has already been reviewed.',
  },
};

export function fromDatabaseError(error: unknown): ErrorBody {
  const driverError: unknown = error instanceof QueryFailedError ? error.driverError : error;
  const { code, constraint, column } = driverError as {
    code?: string;
    constraint?: string;
    column?: string;
  };
  if (code === NOT_NULL_VIOLATION) {
    const field = column ? camelCase(column) : 'A required field';
    return errorBody(400, 'request.invalid', `${field} must not be empty.`, {
      fields: [{ field, problems: [`${field} must not be empty`], rules: ['isNotEmpty'] }],
    });
  }
  if (code === UNIQUE_VIOLATION) {
    const rule = constraint ? UNIQUE_RULES[constraint] : undefined;
    return rule
      ? errorBody(409, rule.code, rule.message)
      : errorBody(409, 'record.conflict', 'This record already exists.');
  }
  if (code === FOREIGN_KEY_VIOLATION) return fromForeignKey(driverError as { detail?: string });
  if (code && BAD_INPUT_CODES.includes(code))
    return errorBody(
      400,
      'request.invalid',
      'A value in the request cannot be stored; check for unusual characters or out-of-range numbers.',
    );
  if (isConnectionError(driverError))
    return errorBody(
      503,
      'server.unavailable',
      'The database is unavailable; please try again shortly.',
    );
  return errorBody(500, 'server.error', 'Something went wrong on our side; please try again.');
}

function fromForeignKey({ detail }: { detail?: string }): ErrorBody {
  const field = /Key \((\w+)\)/.exec(detail ?? '')?.[1];
  if (/is still referenced/.test(detail ?? ''))
    return errorBody(409, 'record.in_use', 'Other records still refer to this one.');
  const name = field ? camelCase(field) : 'A referenced record';
  return errorBody(404, 'record.reference_missing', `${name} names a record that does not exist.`, {
    field: name,
  });
}

const camelCase = (column: string): string =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The database went away (restart, network, its socket file gone): the request can simply be tried again. */
export function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    (code !== undefined && CONNECTION_CODES.includes(code)) ||
    /Connection terminated|connect (ECONNREFUSED|ENOENT)|timeout exceeded when trying to connect|not queryable|shutting down/i.test(
      message ?? '',
    )
  );
}

/** The database refused a row because it broke the named unique index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError: unknown = error instanceof QueryFailedError ? error.driverError : error;
  const found = driverError as { code?: string; constraint?: string } | undefined;
  return found?.code === UNIQUE_VIOLATION && found.constraint === constraint;
}
