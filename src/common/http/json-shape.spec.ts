import { exceededJsonLimit } from './json-shape';

const limits = { depth: 3, keysPerObject: 2, totalKeys: 4, arrayLength: 3 };

describe('exceededJsonLimit', () => {
  it('lets ordinary bodies through', () => {
    expect(exceededJsonLimit('{"a":[1,2,3],"b":{"c":"x"}}', limits)).toBeUndefined();
    expect(exceededJsonLimit('[]', limits)).toBeUndefined();
  });

  it('counts nesting, keys per object, keys in all and array items', () => {
    expect(exceededJsonLimit('[[[[1]]]]', limits)).toBe('depth');
    expect(exceededJsonLimit('{"a":1,"b":2,"c":3}', limits)).toBe('keysPerObject');
    expect(exceededJsonLimit('[{"a":1,"b":2},{"a":1,"b":2},{"a":1}]', limits)).toBe('totalKeys');
    expect(exceededJsonLimit('[1,2,3,4]', limits)).toBe('arrayLength');
  });

  it('ignores brackets, colons and commas inside strings, escaped quotes included', () => {
    expect(exceededJsonLimit('{"a":"[[[[{:,:,:}]]]]","b":"\\"[[[[,,,"}', limits)).toBeUndefined();
  });

  it('refuses 10,000 levels of nesting and 150,000 keys at the first excess', () => {
    expect(exceededJsonLimit('['.repeat(10_000) + ']'.repeat(10_000))).toBe('depth');
    const keys = Array.from({ length: 150_000 }, (_, i) => `"k${i}":1`).join(',');
    expect(exceededJsonLimit(`{${keys}}`)).toBe('keysPerObject');
  });
});
