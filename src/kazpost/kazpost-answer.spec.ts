import { MalformedAnswer, readKazpostAnswer } from './kazpost-answer';

describe("reading Kazpost's tracking answer", () => {
  it('reads every operation with its Kazakhstan time, office postcode and name', () => {
    const operations = readKazpostAnswer({
      events: [
        {
          date: '2026-12-02',
          activity: [
            { time: '09:15:30', status: ['ISSSC'], zip: 'а15е3с5', name: 'Бірлік БПБ', city: 'X' },
          ],
        },
        { date: '01.12.2026', activity: [{ time: '18:05', status: ['RCPOPS'], zip: '050010' }] },
      ],
    });
    expect(operations).toEqual([
      {
        code: 'ISSSC',
        occurredAt: new Date('2026-12-02T04:15:30Z'),
        postcode: 'A15E3C5',
        officeName: 'Бірлік БПБ',
      },
      {
        code: 'RCPOPS',
        occurredAt: new Date('2026-12-01T13:05:00Z'),
        postcode: '050010',
        officeName: null,
      },
    ]);
  });

  it('takes an error answer or no events as an empty history', () => {
    expect(readKazpostAnswer({ error: 'Трек-номер не найден' })).toEqual([]);
    expect(readKazpostAnswer({ events: [] })).toEqual([]);
    expect(readKazpostAnswer({ events: [{ date: '2026-12-01', activity: [] }] })).toEqual([]);
  });

  it.each([
    ['a list', []],
    ['events not a list', { events: 'none' }],
    ['a day without a date', { events: [{ activity: [] }] }],
    ['a bad date', { events: [{ date: 'yesterday', activity: [] }] }],
    ['no code', { events: [{ date: '2026-12-01', activity: [{ time: '10:00', status: [] }] }] }],
    ['no time', { events: [{ date: '2026-12-01', activity: [{ status: ['DLV'] }] }] }],
    [
      'an impossible time',
      { events: [{ date: '2026-12-01', activity: [{ time: '25:99', status: ['DLV'] }] }] },
    ],
  ])('refuses %s as not Kazpost format', (_, body) => {
    expect(() => readKazpostAnswer(body)).toThrow(MalformedAnswer);
  });
});
