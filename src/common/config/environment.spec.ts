import { validateEnvironment } from './environment';
import { toSettings } from './settings';

describe('validateEnvironment', () => {
  it('applies the documented defaults', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.ADMIN_LOGIN).toBe('admin');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names the variable in one line when a value is bad', () => {
    expect(() => validateEnvironment({ PORT: 'eighty' })).toThrow(
      /^Invalid environment variable PORT: /,
    );
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('requires a JWT secret in production', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required/);
  });

  it('keeps print runs on disk unless a bucket is named, and checks the S3 settings', () => {
    const settings = (raw: Record<string, string>) =>
      toSettings(
        validateEnvironment({ JWT_SECRET: 'x'.repeat(32), ...raw }),
        'postgres://x',
        false,
      );
    expect(settings({}).s3).toBeUndefined();
    expect(
      settings({
        S3_BUCKET: 'school-files',
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
      }).s3,
    ).toEqual({
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      bucket: 'school-files',
      prefix: '',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    });
    expect(() => validateEnvironment({ S3_ENDPOINT: 'http://minio:9000' })).toThrow(
      /S3_ENDPOINT needs S3_BUCKET/,
    );
    expect(() => validateEnvironment({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /S3_BUCKET/,
    );
    expect(() => validateEnvironment({ S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    );
  });
});
