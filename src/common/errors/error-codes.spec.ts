import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, WARNING_CODES } from './error-codes';

describe('the error codes and docs/errors.md', () => {
  const page = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'errors.md'), 'utf8');
  const documented = [...page.matchAll(/^\| `([a-z0-9_.]+)` \| (\d+|[a-z]+) \|/gm)].map(
    ([, code, status]) => [code, status],
  );

  it('lists every code with its status, and no other', () => {
    const errors = documented.filter(
      ([code]) => !(WARNING_CODES as readonly string[]).includes(code),
    );
    expect(Object.fromEntries(errors.map(([code, status]) => [code, Number(status)]))).toEqual(
      ERROR_CODES,
    );
    expect(errors).toHaveLength(Object.keys(ERROR_CODES).length);
  });

  it('lists every warning', () => {
    for (const code of WARNING_CODES) expect(page).toContain(`| \`${code}\` |`);
  });

  it('has words for every code in the web app’s Kazakh and Russian catalogues', () => {
    for (const language of ['kk', 'ru']) {
      const catalogue = JSON.parse(
        readFileSync(
          join(__dirname, '..', '..', '..', 'web', 'src', 'i18n', `${language}.json`),
          'utf8',
        ),
      ) as Record<string, string>;
      const missing = Object.keys(ERROR_CODES).filter((code) => !catalogue[`errors.${code}`]);
      expect([language, missing]).toEqual([language, []]);
    }
  });
});
