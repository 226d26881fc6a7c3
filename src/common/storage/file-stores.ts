import { resolve } from 'node:path';
import { AppSettings } from '@/common/config/settings';
import { DiskFileStore } from './disk-file-store';
import { FileStore } from './file-store';
import { S3FileStore } from './s3-file-store';

/** The store for one kind of file (`name`): `<DATA_DIR>/<name>/`, or `<S3_PREFIX><name>/` in the bucket. */
export function fileStoreFor(settings: AppSettings, name: string): FileStore {
  if (!settings.s3) return new DiskFileStore(resolve(settings.dataDir, name));
  return new S3FileStore({ ...settings.s3, prefix: `${settings.s3.prefix}${name}/` });
}
