import { Environment } from './environment';
import { loadOrCreateJwtSecret } from './jwt-secret';

/** What the running application needs, resolved from the environment at boot. */
export interface AppSettings {
  production: boolean;
  port: number;
  databaseUrl: string;
  runMigrations: boolean;
  jwtSecret: string;
  jwtExpiresIn: string;
  /** Post clerks' tokens: a counter shift. */
  jwtClerkExpiresIn: string;
  adminLogin: string;
  adminPassword: string;
  s10: {
    serviceIndicator: string;
    firstSerial: number;
    lastSerial: number;
    /** Codes one school may take per Almaty day. */
    dailyQuotaPerSchool: number;
    /** Codes left in the range below which every dispatch logs a warning for the admin. */
    lowWarning: number;
  };
  logLevel: string;
  loginAttemptsPerMinute: number;
  corsOrigins: string[];
  /** Load balancers whose X-Forwarded-For gives the caller's address (login limits, logs). */
  trustProxy?: string;
  /** Where files the service keeps (print runs) are written. */
  dataDir: string;
  /** Whether this process runs background jobs as well as serving HTTP. */
  worker: boolean;
  jobLeaseSeconds: number;
  sms: SmsSettings;
  /** PDF render threads per lane of this process, and renders that may wait for one. */
  render: { threads: number; queue: number };
  printJobs: PrintJobSettings;
  /** Set when finished files go to an S3-compatible bucket instead of `dataDir`. */
  s3?: S3Settings;
  /** Set when packets are tracked through Kazpost's own tracking service. */
  kazpost?: KazpostSettings;
}

export interface PrintJobSettings {
  /** Runs being prepared at once per person and per school. */
  perUser: number;
  perSchool: number;
  /** Dispatches of more packets are prepared as a print job instead of streamed. */
  directMaxPackets: number;
}

export interface KazpostSettings {
  trackingUrl: string;
  apiKey?: string;
  requestsPerMinute: number;
  timeoutMs: number;
}

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  prefix: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface SmsSettings {
  provider: 'log' | 'smpp';
  smpp: { host: string; port: number; systemId: string; password: string };
  sender: string;
  /** SMS segments one school may send per day. */
  dailyCapPerSchool: number;
  /** Numbers texts may go to (by prefix): Kazakhstan's mobiles by default. */
  phonePrefixes: string[];
  /** Local hours with no sending (from evening to morning); null sends at any hour. */
  quietHours: { from: number; to: number } | null;
}

export const APP_SETTINGS = Symbol('APP_SETTINGS');

export function toSettings(
  env: Environment,
  databaseUrl: string,
  runMigrations: boolean,
): AppSettings {
  return {
    production: env.NODE_ENV === 'production',
    port: env.PORT,
    databaseUrl,
    runMigrations,
    jwtSecret: env.JWT_SECRET ?? loadOrCreateJwtSecret(env.DATA_DIR),
    jwtExpiresIn: env.JWT_EXPIRES_IN,
    jwtClerkExpiresIn: env.JWT_CLERK_EXPIRES_IN,
    adminLogin: env.ADMIN_LOGIN,
    adminPassword: env.ADMIN_PASSWORD,
    s10: {
      serviceIndicator: env.S10_SERVICE_INDICATOR,
      firstSerial: env.S10_FIRST_SERIAL,
      lastSerial: env.S10_LAST_SERIAL,
      dailyQuotaPerSchool: env.S10_DAILY_QUOTA_PER_SCHOOL,
      lowWarning: env.S10_LOW_WARNING,
    },
    logLevel: env.LOG_LEVEL,
    loginAttemptsPerMinute: env.LOGIN_ATTEMPTS_PER_MINUTE,
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',') : [],
    trustProxy: env.TRUST_PROXY,
    dataDir: env.DATA_DIR,
    worker: env.WORKER === 'on',
    jobLeaseSeconds: env.JOB_LEASE_SECONDS,
    sms: {
      provider: env.SMS_PROVIDER,
      smpp: {
        host: env.SMPP_HOST ?? '',
        port: env.SMPP_PORT,
        systemId: env.SMPP_SYSTEM_ID ?? '',
        password: env.SMPP_PASSWORD ?? '',
      },
      sender: env.SMS_SENDER,
      dailyCapPerSchool: env.SMS_DAILY_CAP_PER_SCHOOL,
      phonePrefixes: env.SMS_PHONE_PREFIXES.split(','),
      quietHours:
        env.SMS_QUIET_HOURS === 'none'
          ? null
          : {
              from: Number(env.SMS_QUIET_HOURS.slice(0, 2)),
              to: Number(env.SMS_QUIET_HOURS.slice(3, 5)),
            },
    },
    render: { threads: env.RENDER_THREADS, queue: env.RENDER_QUEUE },
    printJobs: {
      perUser: env.PRINT_JOBS_PER_USER,
      perSchool: env.PRINT_JOBS_PER_SCHOOL,
      directMaxPackets: env.DIRECT_DOWNLOAD_MAX_PACKETS,
    },
    s3: env.S3_BUCKET ? s3Settings(env, env.S3_BUCKET) : undefined,
    kazpost: env.KAZPOST_TRACKING_URL
      ? {
          trackingUrl: env.KAZPOST_TRACKING_URL.replace(/\/+$/, ''),
          apiKey: env.KAZPOST_API_KEY,
          requestsPerMinute: env.KAZPOST_REQUESTS_PER_MINUTE,
          timeoutMs: env.KAZPOST_TIMEOUT_SECONDS * 1000,
        }
      : undefined,
  };
}

function s3Settings(env: Environment, bucket: string): S3Settings {
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  return {
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket,
    prefix: env.S3_PREFIX,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}
