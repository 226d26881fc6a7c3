import { Inject, Injectable } from '@nestjs/common';
import { chmodSync, createWriteStream, mkdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { FileStore } from '@/common/storage/file-store';
import { fileStoreFor } from '@/common/storage/file-stores';

/**
 * Print runs' PDFs. A try renders into a part file of its own under
 * `<DATA_DIR>/print-runs/parts`; only a complete file is published, to `<DATA_DIR>/print-runs`
 * (one machine, or a volume every process shares) or to the S3 bucket when one is configured,
 * so a download never sees half a PDF.
 */
@Injectable()
export class PrintRunFiles {
  private readonly parts: string;
  private readonly store: FileStore;

  constructor(@Inject(APP_SETTINGS) settings: AppSettings) {
    this.parts = resolve(settings.dataDir, 'print-runs', 'parts');
    this.store = fileStoreFor(settings, 'print-runs');
  }

  createPart(id: string, attempt: number): Writable {
    // Print runs carry names, addresses, phones and marks: readable by the service alone.
    mkdirSync(this.parts, { recursive: true, mode: 0o700 });
    chmodSync(this.parts, 0o700);
    return createWriteStream(this.partPath(id, attempt), { mode: 0o600 });
  }

  async publish(id: string, attempt: number): Promise<void> {
    await this.store.put(fileName(id), this.partPath(id, attempt), 'application/pdf');
  }

  async discard(id: string, attempt: number): Promise<void> {
    await rm(this.partPath(id, attempt), { force: true });
  }

  /** The finished file, or undefined when it is gone. */
  open(id: string): Promise<Readable | undefined> {
    return this.store.open(fileName(id));
  }

  /** Deletes every file whose job is not among `keep` (expired runs, tries of dead workers). */
  async removeAllBut(keep: Set<string>): Promise<number> {
    const stale = (names: string[]): string[] =>
      names.filter((name) => !keep.has(name.split('.')[0]));
    const parts = stale(await readdir(this.parts).catch(() => [] as string[]));
    for (const name of parts) await rm(join(this.parts, name), { force: true });
    const published = stale(await this.store.keys());
    for (const key of published) await this.store.remove(key);
    return parts.length + published.length;
  }

  private partPath(id: string, attempt: number): string {
    return join(this.parts, `${id}.${attempt}.part`);
  }
}

function fileName(id: string): string {
  return `${id}.pdf`;
}
