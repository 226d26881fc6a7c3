import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskFileStore } from './disk-file-store';

describe('DiskFileStore.open', () => {
  let folder: string;
  let store: DiskFileStore;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'disk-file-store-'));
    store = new DiskFileStore(folder);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a file to the end although it is removed right after it was opened', async () => {
    writeFileSync(join(folder, 'a.png'), 'picture bytes');
    const stream = await store.open('a.png');
    // Removed before anything else can run, as a delete on another request may do.
    unlinkSync(join(folder, 'a.png'));
    expect(stream && (await buffer(stream)).toString()).toBe('picture bytes');
  });

  it('answers undefined for a file that is gone', async () => {
    expect(await store.open('never-there.png')).toBeUndefined();
  });
});
