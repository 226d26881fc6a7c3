import { ApiError } from './errors';
import { MOST_PER_PAGE, readEvery } from './read-every';

/** A list route over these rows, paging as the service does. */
const route =
  (rows: number[], asked: number[] = []) =>
  ({ limit, offset }: { limit: number; offset: number }) => {
    asked.push(offset);
    return Promise.resolve({
      data: { items: rows.slice(offset, offset + limit), total: rows.length },
    });
  };

describe('a small list read whole', () => {
  it('reads page after page until every row came', async () => {
    const rows = Array.from({ length: MOST_PER_PAGE * 2 + 7 }, (_, i) => i);
    const asked: number[] = [];
    const all = await readEvery(route(rows, asked));
    expect(all.items).toEqual(rows);
    expect(all.total).toBe(rows.length);
    expect(asked).toEqual([0, MOST_PER_PAGE, MOST_PER_PAGE * 2]);
  });

  it('asks once for a list that fits one page, or is empty', async () => {
    const asked: number[] = [];
    expect((await readEvery(route([1, 2, 3], asked))).items).toEqual([1, 2, 3]);
    expect((await readEvery(route([]))).items).toEqual([]);
    expect(asked).toEqual([0]);
  });

  it('stops when rows vanish meanwhile instead of asking for ever', async () => {
    const shrinking = () => Promise.resolve({ data: { items: [] as number[], total: 900 } });
    expect((await readEvery(shrinking)).items).toEqual([]);
  });

  it('fails as a whole when a page is refused: never a list cut short', async () => {
    const refused = ({ offset }: { offset: number }) =>
      Promise.resolve(
        offset === 0
          ? { data: { items: new Array<number>(MOST_PER_PAGE).fill(0), total: 600 } }
          : { error: { statusCode: 403, code: 'auth.role_forbidden' } },
      );
    await expect(readEvery(refused)).rejects.toBeInstanceOf(ApiError);
  });
});
