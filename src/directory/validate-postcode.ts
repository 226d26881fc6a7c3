import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { normalisePostcode, POSTCODE_HINT } from './postcode';
import { normalisePhone } from './phone';

/** Accepts look-alike letters and spaces, stores the canonical form. */
export function ValidatePostcode(options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    options.optional ? IsOptional() : (): void => undefined,
    (options.optional ? ApiPropertyOptional : ApiProperty)({
      type: String,
      example: 'A15E3C5',
      description: POSTCODE_HINT,
    }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (normalisePostcode(value) ?? value) : value,
    ),
    Matches(/^(\d{6}|[A-Z]\d{2}[A-Z]\d[A-Z]\d)$/, {
      message: `$property must be ${POSTCODE_HINT}`,
    }),
  );
}

export function ValidatePhone(options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    options.optional ? IsOptional() : (): void => undefined,
    (options.optional ? ApiPropertyOptional : ApiProperty)({
      type: String,
      example: '+77012345678',
    }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (normalisePhone(value) ?? value) : value,
    ),
    Matches(/^\+\d{10,15}$/, {
      message: '$property must be a phone number such as +7 701 234 56 78',
    }),
  );
}
