import kk from './kk.json';
import ky from './ky.json';
import ru from './ru.json';
import { formatMessage } from './format-message';

const classes = '{count, plural, one {# класс} few {# класса} many {# классов} other {# класса}}';

describe('catalogue messages', () => {
  it('puts Russian nouns in the form the number takes', () => {
    expect(formatMessage(classes, 'ru', { count: 1 })).toBe('1 класс');
    expect(formatMessage(classes, 'ru', { count: 3 })).toBe('3 класса');
    expect(formatMessage(classes, 'ru', { count: 5 })).toBe('5 классов');
    expect(formatMessage(classes, 'ru', { count: 21 })).toBe('21 класс');
    expect(formatMessage(classes, 'ru', { count: 11 })).toBe('11 классов');
  });

  it('fills plain placeholders and keeps a missing one as written', () => {
    expect(formatMessage('Ваша роль: {role}', 'ru', { role: 'учитель' })).toBe(
      'Ваша роль: учитель',
    );
    expect(formatMessage('не позже {latest}', 'ru', {})).toBe('не позже {latest}');
  });

  it('parses every message of the three catalogues', () => {
    for (const [language, catalogue] of [
      ['kk', kk],
      ['ru', ru],
      ['ky', ky],
    ] as const)
      for (const [key, template] of Object.entries(catalogue))
        expect([key, typeof formatMessage(template, language, { count: 2 })]).toEqual([
          key,
          'string',
        ]);
  });

  it('says 1, 2 and 5 of everything counted on the Russian screens rightly', () => {
    const russian = ru as Record<string, string>;
    expect(formatMessage(russian['home.classes'], 'ru', { count: 1 })).toBe('класс');
    expect(formatMessage(russian['home.classes'], 'ru', { count: 2 })).toBe('класса');
    expect(formatMessage(russian['roster.ready'], 'ru', { count: 1 })).toContain('1 ученик.');
    expect(formatMessage(russian['editor.limit'], 'ru', { limit: 21 })).toContain('21 минуты');
  });

  it('keeps a Kyrgyz noun after a number as it is, whatever the number', () => {
    const kyrgyz = ky as Record<string, string>;
    for (const count of [1, 2, 5, 21])
      expect(formatMessage(kyrgyz['roster.ready'], 'ky', { count })).toContain(`${count} окуучу.`);
    expect(formatMessage(kyrgyz['editor.limit'], 'ky', { limit: 35 })).toContain('35 мүнөткө');
  });
});
