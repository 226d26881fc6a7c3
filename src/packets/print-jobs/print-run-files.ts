import { Inject, Injectable } from '@nestjs/common';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';

/**
 * Finished print runs under `<DATA_DIR>/print-runs`, one PDF per job. Every API process and
 * worker must see the same folder (one machine, or a shared volume). A try writes its own part
 * file and renames it when complete, so a download never sees half a PDF.
 */
@Injectable()
export class PrintRunFiles {
  private readonly folder: string;

  constructor(@Inject(APP_SETTINGS) settings: AppSettings) {
    this.folder = resolve(settings.dataDir, 'print-runs');
  }

  createPart(id: string, attempt: number): Writable {
    mkdirSync(this.folder, { recursive: true });
    return createWriteStream(this.partPath(id, attempt));
  }

  async publish(id: string, attempt: number): Promise<void> {
    await rename(this.partPath(id, attempt), this.path(id));
  }

  async discard(id: string, attempt: number): Promise<void> {
    await rm(this.partPath(id, attempt), { force: true });
  }

  /** The finished file, or undefined when it is gone. */
  async open(id: string): Promise<Readable | undefined> {
    const found = await stat(this.path(id)).catch(() => undefined);
    return found ? createReadStream(this.path(id)) : undefined;
  }

  /** Deletes every file whose job is not among `keep` (expired runs, tries of dead workers). */
  async removeAllBut(keep: Set<string>): Promise<number> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const stale = names.filter((name) => !keep.has(name.split('.')[0]));
    for (const name of stale) await rm(join(this.folder, name), { force: true });
    return stale.length;
  }

  private path(id: string): string {
    return join(this.folder, `${id}.pdf`);
  }

  private partPath(id: string, attempt: number): string {
    return join(this.folder, `${id}.${attempt}.part`);
  }
}
