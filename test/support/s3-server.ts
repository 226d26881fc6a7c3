import S3rver from 's3rver';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How s3rver names the file that holds an object's bytes. */
const OBJECT_SUFFIX = '._S3rver_object';

/**
 * A real S3-compatible server on 127.0.0.1 (s3rver, which keeps objects as files), standing in
 * for MinIO or a cloud's object storage: `env` is what the service needs to use its bucket.
 */
export class TestS3 {
  readonly bucket = 'kazpost-files';
  private readonly folder = mkdtempSync(join(tmpdir(), 'kazpost-s3-'));
  private readonly server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: this.folder,
    configureBuckets: [{ name: this.bucket, configs: [] }],
  });
  private endpoint = '';

  async start(): Promise<void> {
    const { port } = await this.server.run();
    this.endpoint = `http://127.0.0.1:${port}`;
  }

  get env(): Record<string, string> {
    return {
      S3_ENDPOINT: this.endpoint,
      S3_BUCKET: this.bucket,
      S3_PREFIX: 'school-files/',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    };
  }

  /** The keys the bucket holds, read from s3rver's folder (not through the service's client). */
  keys(): string[] {
    const bucket = join(this.folder, this.bucket);
    return readdirSync(bucket, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith(OBJECT_SUFFIX))
      .map((name) => name.slice(0, -OBJECT_SUFFIX.length))
      .sort();
  }

  async stop(): Promise<void> {
    await this.server.close();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
