import { distinctIds } from './by-ids';

describe('distinctIds', () => {
  it('keeps each id once, in the order first named, without blanks', () => {
    expect(distinctIds(['b', null, 'a', undefined, 'b', '', 'c', 'a'])).toEqual(['b', 'a', 'c']);
    expect(distinctIds([])).toEqual([]);
  });
});
