import { DEFAULT_CHOICE, parseChoice } from './choice';

describe("the station's remembered event", () => {
  it('comes back as chosen', () => {
    expect(parseChoice('{"event":"lost","reason":"refused"}')).toEqual({
      event: 'lost',
      reason: 'refused',
    });
  });

  it('falls back to the default for nothing, junk or an event the station does not offer', () => {
    expect(parseChoice(null)).toEqual(DEFAULT_CHOICE);
    expect(parseChoice('{not json')).toEqual(DEFAULT_CHOICE);
    expect(parseChoice('{"event":"collected","reason":"x"}')).toEqual(DEFAULT_CHOICE);
  });
});
