import { Principal } from './role';
import { VerifiedTokens } from './verified-tokens';

const clerk: Principal = { id: 'c1', role: 'post_clerk', postOfficeId: 'o1' };

describe('VerifiedTokens', () => {
  it('finds a remembered token until it expires, then forgets it', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', clerk, 1_000);
    expect(tokens.find('t', 999)).toBe(clerk);
    expect(tokens.find('t', 1_000)).toBeUndefined();
    expect(tokens.find('t', 0)).toBeUndefined();
  });

  it('knows nothing of tokens it was not given', () => {
    expect(new VerifiedTokens().find('other', 0)).toBeUndefined();
  });

  it('forgets every token of one person', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a', clerk, 1_000);
    tokens.remember('b', clerk, 1_000);
    tokens.remember('c', { ...clerk, id: 'c2' }, 1_000);
    tokens.forgetPrincipal('c1');
    expect(tokens.find('a', 0)).toBeUndefined();
    expect(tokens.find('b', 0)).toBeUndefined();
    expect(tokens.find('c', 0)).toBeDefined();
  });

  it('drops the oldest token when full', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('a', clerk, 1_000);
    tokens.remember('b', clerk, 1_000);
    tokens.remember('c', clerk, 1_000);
    expect(tokens.find('a', 0)).toBeUndefined();
    expect(tokens.find('b', 0)).toBe(clerk);
    expect(tokens.find('c', 0)).toBe(clerk);
  });
});
