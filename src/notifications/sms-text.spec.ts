import { LANGUAGES } from '@/directory/classes/class-language';
import { NOTIFICATION_KINDS } from './notification-kinds';
import { givenName, messageText, smsName, smsSize, smsText } from './sms-text';

describe('text messages', () => {
  it('counts Latin text in GSM characters and Cyrillic in UCS-2 units', () => {
    expect(smsSize('Packet waits at 050012')).toEqual({ encoding: 'gsm7', units: 22, segments: 1 });
    expect(smsSize('a'.repeat(160)).segments).toBe(1);
    expect(smsSize('a'.repeat(161)).segments).toBe(2);
    expect(smsSize('[]'.repeat(40))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSize('ә'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSize('ә'.repeat(71)).segments).toBe(2);
    expect(smsSize('ә'.repeat(135)).segments).toBe(3);
  });

  it('fills the class language template', () => {
    const text = smsText('packet_arrived', 'kk', {
      pupil: 'Айгерім',
      postcode: '050012',
      due: '09.12',
    });
    expect(text).toBe('Айгерім пакеті 050012 поштасында күтуде. Тапсыру мерзімі: 09.12.');
  });

  it('has every kind in every language, in one segment for a usual name', () => {
    const params = {
      pupil: 'Нұрсұлтан',
      postcode: '050012',
      due: '09.12',
      since: '25.11',
      teacher: 'Ахметова А.',
      class: '5 Ә',
    };
    for (const language of LANGUAGES)
      for (const kind of NOTIFICATION_KINDS) {
        const text = smsText(kind, language, params);
        expect(text).not.toMatch(/\{\w+\}/);
        expect({ language, kind, segments: smsSize(text).segments }).toEqual({
          language,
          kind,
          segments: 1,
        });
      }
  });
});

describe('the name a message calls a pupil by', () => {
  it('is the given name, after the surname', () => {
    expect(givenName('Әлиев Нұрсұлтан Ерланұлы')).toBe('Нұрсұлтан');
    expect(givenName('Иванова  Мария')).toBe('Мария');
    expect(givenName('Айгерім')).toBe('Айгерім');
  });
});

describe('what a text may say of a pupil', () => {
  it('is a short letters-only form of the given name: no link or chosen words go out', () => {
    expect(smsName('Әлиев Нұрсұлтан Ерланұлы')).toBe('Нұрсұлтан');
    expect(smsName('Иванов bit.ly/prize-kz')).toBe('bitlyprizekz');
    expect(smsName('Иванов Мария-Тереза-Александра')).toBe('МарияТерезаА');
  });

  it('keeps every text to one segment, whatever the name', () => {
    const params = {
      postcode: 'A15E3C5',
      due: '09.12',
      since: '25.11',
      teacher: 'А.',
      class: '5 Ә',
    };
    for (const language of LANGUAGES)
      for (const kind of NOTIFICATION_KINDS) {
        const text = messageText(kind, language, { ...params, pupil: `Әлиев ${'Ә'.repeat(190)}` });
        expect(smsSize(text).segments).toBe(1);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    const usual = messageText('packet_arrived', 'ru', { ...params, pupil: 'Иванов Пётр' });
    expect(usual).toContain('Пётр');
  });
});
