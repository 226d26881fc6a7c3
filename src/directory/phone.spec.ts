import { formatPhone, normalisePhone } from './phone';

describe('normalisePhone', () => {
  it.each([
    ['8 701 234 56 78', '+77012345678'],
    ['+7 (701) 234-56-78', '+77012345678'],
    ['77012345678', '+77012345678'],
    ['+996 555 123 456', '+996555123456'],
  ])('%s -> %s', (input, expected) => expect(normalisePhone(input)).toBe(expected));

  it.each(['12345', 'phone', '+7 701 234 56 78 99 99 99'])('rejects %s', (input) => {
    expect(normalisePhone(input)).toBeUndefined();
  });
});

describe('formatPhone', () => {
  it.each([
    ['+77012345678', '+7 701 234 56 78'],
    ['+996555123456', '+996 555 123 456'],
  ])('%s -> %s', (input, expected) => expect(formatPhone(input)).toBe(expected));
});
