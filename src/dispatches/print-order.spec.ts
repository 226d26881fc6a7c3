import { printOrder } from './print-order';

const pupil = (name: string, channel: string, postOfficeId = 'village-b') => ({
  name,
  channel,
  postOfficeId,
});
const postcodes: Record<string, string> = { 'village-a': '040100', 'village-b': '040600' };

describe('the order a dispatch prints its packets in', () => {
  it('puts the by-hand packets after the posted ones, together, keeping class-list order', () => {
    const list = [
      pupil('Әлия', 'by_hand'),
      pupil('Бақыт', 'post_pickup'),
      pupil('Дана', 'by_hand'),
      pupil('Ерлан', 'post_door'),
    ];
    expect(printOrder(list, (id) => postcodes[id]).map((p) => p.name)).toEqual([
      'Бақыт',
      'Ерлан',
      'Әлия',
      'Дана',
    ]);
  });

  it("groups the by-hand pile by the pupils' office, in postcode order", () => {
    const list = [
      pupil('Әлия', 'by_hand', 'village-b'),
      pupil('Бақыт', 'by_hand', 'village-a'),
      pupil('Дана', 'by_hand', 'village-b'),
      pupil('Ерлан', 'by_hand', 'village-a'),
    ];
    expect(printOrder(list, (id) => postcodes[id]).map((p) => p.name)).toEqual([
      'Бақыт',
      'Ерлан',
      'Әлия',
      'Дана',
    ]);
  });

  it('leaves a class with no by-hand pupil as it was', () => {
    const list = [pupil('Әлия', 'post_pickup'), pupil('Бақыт', 'post_door')];
    expect(printOrder(list, () => '')).toEqual(list);
  });
});
