import { plainToInstance, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** Every environment variable the service reads, validated once at boot. */
/** The README's first admin password: whoever signs in with it is asked to change it. */
export const DOCUMENTED_ADMIN_PASSWORD = 'change-me-now';

export class Environment {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR = '.data';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @Matches(/^\d+[smhd]$/, { message: 'must look like 15m, 12h or 7d' })
  JWT_EXPIRES_IN = '12h';

  /** A post clerk's session: a shift at a shared counter PC, shorter than staff's. */
  @IsOptional()
  @Matches(/^\d+[smhd]$/, { message: 'must look like 15m, 8h or 1d' })
  JWT_CLERK_EXPIRES_IN = '8h';

  @IsOptional()
  @IsString()
  @MinLength(3)
  ADMIN_LOGIN = 'admin';

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters' })
  ADMIN_PASSWORD = DOCUMENTED_ADMIN_PASSWORD;

  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be two capital Latin letters, e.g. RR' })
  S10_SERVICE_INDICATOR = 'RR';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(99999999)
  S10_FIRST_SERIAL = 10000000;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(99999999)
  S10_LAST_SERIAL = 99999999;

  /** S10 codes one school may take per day (Almaty time); past it, 429 until midnight. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(99999999)
  S10_DAILY_QUOTA_PER_SCHOOL = 10000;

  /** Codes left in the allotted range below which each dispatch logs a warning. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(99999999)
  S10_LOW_WARNING = 100000;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Login attempts allowed per minute for one login from one address. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_ATTEMPTS_PER_MINUTE = 10;

  /** Browser origins allowed to call the API (comma-separated); none by default. */
  @IsOptional()
  @Matches(/^(https?:\/\/[^,\s]+)(,https?:\/\/[^,\s]+)*$/, {
    message: 'must be a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS?: string;

  /** Addresses (or CIDRs, comma-separated) of load balancers whose X-Forwarded-For is believed. */
  @IsOptional()
  @Matches(/^[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*$/, {
    message: 'must be comma-separated IP addresses or CIDR ranges, e.g. 10.0.0.0/8',
  })
  TRUST_PROXY?: string;

  /** "on": this process also runs background jobs (the default); "off": it only serves HTTP. */
  @IsOptional()
  @IsIn(['on', 'off'])
  WORKER: 'on' | 'off' = 'on';

  /** Seconds a job may run before another worker takes it over (a worker that died mid-job). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  JOB_LEASE_SECONDS = 120;

  /** "log" records messages without sending them; "smpp" sends them through an SMSC. */
  @IsOptional()
  @IsIn(['log', 'smpp'])
  SMS_PROVIDER: 'log' | 'smpp' = 'log';

  @IsOptional()
  @IsString()
  SMPP_HOST?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  SMPP_PORT = 2775;

  @IsOptional()
  @IsString()
  SMPP_SYSTEM_ID?: string;

  @IsOptional()
  @IsString()
  SMPP_PASSWORD?: string;

  /** The sender name guardians see (alphanumeric, up to 11 characters). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9 ._-]{1,11}$/, { message: 'must be 1 to 11 Latin letters or digits' })
  SMS_SENDER = 'MEKTEP';

  /** Local hours when no message is sent ("21-09": from 21:00 to 09:00), or "none". */
  @IsOptional()
  @Matches(/^(none|([01]\d|2[0-3])-([01]\d|2[0-3]))$/, {
    message: 'must look like 21-09 (from 21:00 to 09:00) or be none',
  })
  SMS_QUIET_HOURS = '21-09';

  /** Numbers texts may go to, by prefix (comma-separated): Kazakhstan's mobiles (+7 7xx). */
  @IsOptional()
  @Matches(/^\+\d{1,6}(,\+\d{1,6})*$/, {
    message: 'must be comma-separated number prefixes such as +77 or +7700,+7701',
  })
  SMS_PHONE_PREFIXES = '+77';

  /** SMS segments one school may send per day (Almaty time); the rest wait for the next morning. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  SMS_DAILY_CAP_PER_SCHOOL = 500;

  /** Threads drawing PDFs in each of the two lanes (on screen; whole classes and print runs). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(16)
  RENDER_THREADS = 1;

  /** PDFs that may wait for a thread in each lane; past that the answer is 429 with Retry-After. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  RENDER_QUEUE = 4;

  /** Print runs one person may have being prepared at once; past that 429 print_job.too_many. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  PRINT_JOBS_PER_USER = 3;

  /** Print runs one school may have being prepared at once (several staff printing). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  PRINT_JOBS_PER_SCHOOL = 6;

  /** A dispatch of more packets is prepared as a print job (202) instead of streamed. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  DIRECT_DOWNLOAD_MAX_PACKETS = 200;

  /** A bucket of an S3-compatible store for finished print runs; unset keeps them in DATA_DIR. */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'must be a bucket name: 3 to 63 lower-case letters, digits, dots or dashes',
  })
  S3_BUCKET?: string;

  /** The store's address (MinIO, Ceph, a cloud's object storage); unset means Amazon S3. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  S3_REGION = 'us-east-1';

  /** Keys in the bucket start with this (e.g. "kazpost/"), so the bucket can be shared. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._/-]*$/, { message: 'must be letters, digits, dots, dashes or slashes' })
  S3_PREFIX = '';

  /** Unset: the AWS SDK's usual sources (AWS_* variables, an instance role). */
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;
  /** Kazpost's tracking service (its /api/v2/{code}/events answers); unset: no tracking. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  KAZPOST_TRACKING_URL?: string;

  /** Sent as a bearer token when Kazpost issued one; the public tracking needs none. */
  @IsOptional()
  @IsString()
  KAZPOST_API_KEY?: string;

  /** Requests to Kazpost per minute, across all workers. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(6000)
  KAZPOST_REQUESTS_PER_MINUTE = 60;

  /** How long one request to Kazpost may take before it counts as failed. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  KAZPOST_TIMEOUT_SECONDS = 10;
}

export class EnvironmentError extends Error {}

/** Validates raw variables; throws one line naming the first bad variable. */
export function validateEnvironment(raw: Record<string, string | undefined>): Environment {
  const present = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''),
  );
  const env = plainToInstance(Environment, present, { exposeDefaultValues: true });
  const [first] = validateSync(env, { whitelist: false });
  if (first) {
    const reason = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    const shown = reason.startsWith(first.property) ? reason : `${first.property} ${reason}`;
    throw new EnvironmentError(`Invalid environment variable ${first.property}: ${shown}`);
  }
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new EnvironmentError('Invalid environment variable JWT_SECRET: required in production');
  }
  if (env.S10_FIRST_SERIAL > env.S10_LAST_SERIAL) {
    throw new EnvironmentError(
      'Invalid environment variable S10_FIRST_SERIAL: must not be greater than S10_LAST_SERIAL',
    );
  }
  if (env.SMS_PROVIDER === 'smpp' && !(env.SMPP_HOST && env.SMPP_SYSTEM_ID && env.SMPP_PASSWORD)) {
    throw new EnvironmentError(
      'Invalid environment variable SMPP_HOST: SMS_PROVIDER=smpp needs SMPP_HOST, SMPP_SYSTEM_ID and SMPP_PASSWORD',
    );
  }
  if (env.S3_ENDPOINT && !env.S3_BUCKET) {
    throw new EnvironmentError(
      'Invalid environment variable S3_BUCKET: S3_ENDPOINT needs S3_BUCKET',
    );
  }
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    throw new EnvironmentError(
      'Invalid environment variable S3_ACCESS_KEY_ID: give both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither',
    );
  }
  return env;
}
