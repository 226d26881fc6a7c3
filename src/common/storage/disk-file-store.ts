import { chmod, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from './file-store';

/** Files in one folder; a put is a rename, so a reader never sees half a file. */
export class DiskFileStore implements FileStore {
  constructor(private readonly folder: string) {}

  async put(key: string, localPath: string): Promise<void> {
    // Only the service's own account enters the folder (it may predate this rule).
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    await chmod(this.folder, 0o700);
    await chmod(localPath, 0o600);
    await rename(localPath, this.path(key));
  }

  /**
   * Opened before it is returned: a file removed while it is read stays readable to the end,
   * and one removed just before is simply not there (no ENOENT halfway through).
   */
  async open(key: string): Promise<Readable | undefined> {
    const handle = await open(this.path(key), 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!handle) return undefined;
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      return undefined;
    }
    return handle.createReadStream();
  }

  async keys(): Promise<string[]> {
    const entries = await readdir(this.folder, { withFileTypes: true }).catch(() => []);
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    return join(this.folder, key);
  }
}
