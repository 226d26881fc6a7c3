import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  paginateListObjectsV2,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { S3Settings } from '@/common/config/settings';
import { FileStore } from './file-store';

/**
 * Files in an S3-compatible bucket (MinIO, Ceph, a cloud's object storage) under a key prefix,
 * so API processes and workers on different machines share them without a shared volume.
 */
export class S3FileStore implements FileStore {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      // Most S3-compatible servers address buckets by path, not by host name.
      forcePathStyle: settings.endpoint !== undefined,
      credentials: settings.credentials,
      // Checksums only where S3 requires them: many compatible servers reject the newer ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, localPath: string, contentType: string): Promise<void> {
    // Sent in parts of 5 MB, so a print run of any size needs little memory.
    await new Upload({
      client: this.client,
      params: {
        Bucket: this.settings.bucket,
        Key: this.key(key),
        Body: createReadStream(localPath),
        ContentType: contentType,
      },
    }).done();
    await rm(localPath, { force: true });
  }

  async open(key: string): Promise<Readable | undefined> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async keys(): Promise<string[]> {
    const keys: string[] = [];
    const pages = paginateListObjectsV2(
      { client: this.client },
      { Bucket: this.settings.bucket, Prefix: this.settings.prefix },
    );
    for await (const page of pages)
      for (const object of page.Contents ?? [])
        if (object.Key) keys.push(object.Key.slice(this.settings.prefix.length));
    return keys;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }),
    );
  }

  private key(key: string): string {
    return `${this.settings.prefix}${key}`;
  }
}
