import { serverFileName } from './download';

describe("a downloaded file's name", () => {
  it("is the service's UTF-8 name, Kazakh letters and all", () => {
    const header = `attachment; filename="packets-5A.pdf"; filename*=UTF-8''${encodeURIComponent('packets-5Ә-2026-12-04.pdf')}`;
    expect(serverFileName(header)).toBe('packets-5Ә-2026-12-04.pdf');
    expect(serverFileName(`attachment; FILENAME*=utf-8''a%20b.csv; size=3`)).toBe('a b.csv');
  });

  it('is left to the screen when the service gives none or a broken one', () => {
    expect(serverFileName(null)).toBeUndefined();
    expect(serverFileName('attachment; filename="plain.pdf"')).toBeUndefined();
    expect(serverFileName("attachment; filename*=UTF-8''%E0%A4%A")).toBeUndefined();
  });
});
