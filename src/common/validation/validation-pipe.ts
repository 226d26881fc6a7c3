import { ValidationError, ValidationPipe } from '@nestjs/common';
import { fail } from '../errors/domain-error';

interface FieldProblem {
  field: string;
  problems: string[];
  /** class-validator's rule names (maxLength, isUUID…), for clients that word the problem. */
  rules: string[];
}

/** An error names this many fields at most, so a hostile body cannot make a huge answer. */
const FIELDS_IN_MESSAGE = 5;
const FIELDS_IN_DETAILS = 20;

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints
      ? [
          {
            field,
            problems: Object.values(error.constraints),
            rules: Object.keys(error.constraints),
          },
        ]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function describeProblems(problems: FieldProblem[]): string {
  const named = problems.slice(0, FIELDS_IN_MESSAGE).map((d) => d.problems.join(', '));
  const more = problems.length - named.length;
  return named.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/** Rejects unknown fields and names the fields that are wrong, in the contract's error shape. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return fail('request.invalid', describeProblems(problems) || 'The request is not valid.', {
        fields: problems.slice(0, FIELDS_IN_DETAILS),
        more: Math.max(problems.length - FIELDS_IN_DETAILS, 0),
      });
    },
  });
}
