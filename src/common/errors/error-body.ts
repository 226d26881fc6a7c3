import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from './error-codes';

/** The contract's error JSON: `code` is stable for machines, `message` is English for people. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export function errorBody(
  statusCode: number,
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): ErrorBody {
  const error = (HttpStatus[statusCode] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  const body: ErrorBody = { statusCode, error, code, message };
  if (details !== undefined) body.details = details;
  return body;
}
