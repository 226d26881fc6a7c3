import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { normalisePostcode, POSTCODE_HINT } from './postcode';
import { normalisePhone } from './phone';
import { CANONICAL_PHONE, CANONICAL_POSTCODE } from '@/common/validation/canonical-forms';

/** What the fields take as typed: the canonical forms with spaces, dashes and look-alikes. */
const TYPED_POSTCODE = '^[\\s0-9A-Za-zАВЕКМНОРСТХУавекмнорстху-]{6,20}$';
const TYPED_PHONE = '^[\\s0-9+().-]{10,30}$';

/** Accepts look-alike letters and spaces, stores the canonical form. */
export function ValidatePostcode(options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    options.optional ? IsOptional() : (): void => undefined,
    (options.optional ? ApiPropertyOptional : ApiProperty)({
      type: String,
      example: 'A15E3C5',
      maxLength: 20,
      pattern: TYPED_POSTCODE,
      description: `${POSTCODE_HINT}; look-alike Cyrillic letters and spaces are accepted and stored as ${CANONICAL_POSTCODE.source}`,
    }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (normalisePostcode(value) ?? value) : value,
    ),
    Matches(CANONICAL_POSTCODE, {
      message: `$property must be ${POSTCODE_HINT}`,
    }),
  );
}

export function ValidatePhone(options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    options.optional ? IsOptional() : (): void => undefined,
    (options.optional ? ApiPropertyOptional : ApiProperty)({
      type: String,
      example: '+7 701 234 56 78',
      maxLength: 30,
      pattern: TYPED_PHONE,
      description: `Spaces, dashes, brackets and a leading 8 are accepted; stored as ${CANONICAL_PHONE.source}`,
    }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (normalisePhone(value) ?? value) : value,
    ),
    Matches(CANONICAL_PHONE, {
      message: '$property must be a phone number such as +7 701 234 56 78',
    }),
  );
}
