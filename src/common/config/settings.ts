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
  adminLogin: string;
  adminPassword: string;
  s10: { serviceIndicator: string; firstSerial: number; lastSerial: number };
  logLevel: string;
  loginAttemptsPerMinute: number;
  corsOrigins: string[];
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
    adminLogin: env.ADMIN_LOGIN,
    adminPassword: env.ADMIN_PASSWORD,
    s10: {
      serviceIndicator: env.S10_SERVICE_INDICATOR,
      firstSerial: env.S10_FIRST_SERIAL,
      lastSerial: env.S10_LAST_SERIAL,
    },
    logLevel: env.LOG_LEVEL,
    loginAttemptsPerMinute: env.LOGIN_ATTEMPTS_PER_MINUTE,
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',') : [],
  };
}
