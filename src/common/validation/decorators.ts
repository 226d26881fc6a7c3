import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

interface Options {
  optional?: boolean;
}

/**
 * Text a person typed never holds NUL or other control characters (PostgreSQL cannot even
 * store NUL), nor the invisible bidirectional overrides used to disguise text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SAFE_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]*$/;

export const isSafeText = (value: string): boolean => SAFE_TEXT.test(value);

export const SafeText = (each = false): PropertyDecorator =>
  Matches(SAFE_TEXT, {
    each,
    message: '$property must not contain control or text-direction characters',
  });

const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

function required(
  optional: boolean | undefined,
  doc: Parameters<typeof ApiProperty>[0],
): PropertyDecorator[] {
  return optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)];
}

/** A trimmed, non-empty line of text (names, addresses). */
export function ValidateText(
  max: number,
  options: Options & { example?: string } = {},
): PropertyDecorator {
  return applyDecorators(
    ...required(options.optional, {
      type: String,
      minLength: 1,
      maxLength: max,
      example: options.example,
    }),
    trim,
    IsString(),
    MinLength(1, { message: '$property must not be empty' }),
    MaxLength(max),
    SafeText(),
  );
}

export function ValidateUUID(options: Options = {}): PropertyDecorator {
  return applyDecorators(
    ...required(options.optional, { type: String, format: 'uuid' }),
    IsUUID('loose'),
  );
}

export function ValidateInt(
  min: number,
  max: number,
  options: Options & { example?: number } = {},
): PropertyDecorator {
  return applyDecorators(
    ...required(options.optional, {
      type: 'integer',
      minimum: min,
      maximum: max,
      example: options.example,
    }),
    Type(() => Number),
    IsInt(),
    Min(min),
    Max(max),
  );
}

export function ValidateEnum(values: readonly string[], options: Options = {}): PropertyDecorator {
  return applyDecorators(
    ...required(options.optional, { enum: values }),
    IsIn(values, { message: `$property must be one of: ${values.join(', ')}` }),
  );
}

/** A calendar date, YYYY-MM-DD. */
export function ValidateDate(options: Options = {}): PropertyDecorator {
  return applyDecorators(
    ...required(options.optional, { type: String, format: 'date', example: '2026-12-01' }),
    IsDateString({ strict: true }, { message: '$property must be a date like 2026-12-01' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date like 2026-12-01' }),
  );
}

/** A moment in time, ISO 8601 with a time zone. */
export function ValidateTimestamp(options: Options = {}): PropertyDecorator {
  return applyDecorators(
    ...required(options.optional, { type: String, format: 'date-time' }),
    IsDateString({ strict: true }, { message: '$property must be an ISO 8601 date and time' }),
  );
}

/** A subject code from the catalogue, such as kazakh_language. */
export function ValidateSubjectCode(options: Options = {}): PropertyDecorator {
  return applyDecorators(
    ...required(options.optional, { type: String, example: 'kazakh_language' }),
    Matches(/^[a-z][a-z_]{1,39}$/, {
      message: '$property must be a subject code from GET /subjects, such as kazakh_language',
    }),
  );
}

/** A new password: 10 to 200 characters. */
export function ValidatePassword(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, minLength: 10, maxLength: 200 }),
    IsString(),
    MinLength(10, { message: '$property must be at least 10 characters' }),
    MaxLength(200),
  );
}
