import { leftOut } from './cut-short';

describe('a list cut short by the service', () => {
  it('counts the rows the page left out', () => {
    expect(leftOut({ items: new Array(500).fill(0), total: 733 })).toBe(233);
  });

  it('says nothing when every row came, or nothing has come yet', () => {
    expect(leftOut({ items: [1, 2], total: 2 })).toBe(0);
    expect(leftOut(undefined)).toBe(0);
  });
});
