import { adminDisplayName } from './admin-name';

describe("the first admin's name", () => {
  it('is the Kazakh and the Russian word, never the English one', () => {
    expect(adminDisplayName()).toBe('Әкімші / Администратор');
  });
});
