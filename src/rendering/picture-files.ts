import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { FileStore } from '@/common/storage/file-store';
import { fileStoreFor } from '@/common/storage/file-stores';

/**
 * Cases' print-ready pictures (grey PNG), where print runs are kept: `<DATA_DIR>/case-images/`
 * or the S3 bucket. A file is never changed after it is put; packets made earlier name it.
 */
@Injectable()
export class PictureFiles {
  private readonly parts: string;
  private readonly store: FileStore;

  constructor(@Inject(APP_SETTINGS) settings: AppSettings) {
    this.parts = resolve(settings.dataDir, 'case-images', 'parts');
    this.store = fileStoreFor(settings, 'case-images');
  }

  async put(id: string, png: Uint8Array): Promise<void> {
    await mkdir(this.parts, { recursive: true, mode: 0o700 });
    await chmod(this.parts, 0o700);
    const part = join(this.parts, `${id}.${randomUUID()}.part`);
    await writeFile(part, png, { mode: 0o600 });
    await this.store.put(fileName(id), part, 'image/png');
  }

  /** The picture's bytes, or undefined when the file is gone. */
  async read(id: string): Promise<Buffer | undefined> {
    const stream = await this.store.open(fileName(id));
    return stream ? buffer(stream) : undefined;
  }

  /** Reads each picture once; a missing file is left out (the packet prints its caption). */
  async readMany(ids: Iterable<string>): Promise<Map<string, Uint8Array>> {
    const found = new Map<string, Uint8Array>();
    for (const id of new Set(ids)) {
      const bytes = await this.read(id);
      if (bytes) found.set(id, bytes);
    }
    return found;
  }

  /** Removes the file in the background, once nothing can print it; a file left over is harmless. */
  forget(id: string): void {
    this.store.remove(fileName(id)).catch(() => undefined);
  }
}

function fileName(id: string): string {
  return `${id}.png`;
}
