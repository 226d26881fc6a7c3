import type { Readable } from 'node:stream';

/**
 * Where finished files are kept for their download: a folder (one machine, or a volume every
 * process shares) or an S3-compatible bucket. Keys are plain file names.
 */
export interface FileStore {
  /** Moves a complete local file into the store under `key`. */
  put(key: string, localPath: string, contentType: string): Promise<void>;
  /** The file, or undefined when it is not (or no longer) there. */
  open(key: string): Promise<Readable | undefined>;
  keys(): Promise<string[]>;
  remove(key: string): Promise<void>;
}
