import { ruleOf } from './form-checks';

const validity = (broken: Partial<ValidityState>): ValidityState => ({
  valid: Object.keys(broken).length === 0,
  valueMissing: false,
  tooLong: false,
  tooShort: false,
  rangeUnderflow: false,
  rangeOverflow: false,
  stepMismatch: false,
  badInput: false,
  patternMismatch: false,
  typeMismatch: false,
  customError: false,
  ...broken,
});

describe("a field's own rules, in the user's words", () => {
  it('says nothing about a valid field', () => {
    expect(ruleOf(validity({}))).toBeUndefined();
  });

  it('asks to fill in an empty required field before anything else', () => {
    expect(ruleOf(validity({ valueMissing: true, patternMismatch: true }))).toBe(
      'fieldRule.required',
    );
  });

  it('names lengths, numbers out of range and formats', () => {
    expect(ruleOf(validity({ tooShort: true }))).toBe('fieldRule.tooShort');
    expect(ruleOf(validity({ tooLong: true }))).toBe('fieldRule.tooLong');
    expect(ruleOf(validity({ rangeOverflow: true }))).toBe('fieldRule.number');
    expect(ruleOf(validity({ badInput: true }))).toBe('fieldRule.number');
    expect(ruleOf(validity({ patternMismatch: true }))).toBe('fieldRule.format');
    expect(ruleOf(validity({ typeMismatch: true }))).toBe('fieldRule.format');
  });
});
