import { formatPhone, normalisePhone, phoneAllowed } from './phone';

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

describe('phoneAllowed', () => {
  it('takes numbers starting with a listed prefix only', () => {
    expect(phoneAllowed('+77012345678', ['+77'])).toBe(true);
    expect(phoneAllowed('+74951234567', ['+77'])).toBe(false);
    expect(phoneAllowed('+996555123456', ['+77'])).toBe(false);
    expect(phoneAllowed('+996555123456', ['+77', '+996'])).toBe(true);
  });
});
