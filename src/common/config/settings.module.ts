import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Clock } from '../clock';
import { validateEnvironment } from './environment';
import { APP_SETTINGS, AppSettings } from './settings';

/** Makes the boot-time settings (APP_SETTINGS) and the clock injectable everywhere. */
@Global()
@Module({})
export class SettingsModule {
  static forRoot(settings: AppSettings): DynamicModule {
    return {
      module: SettingsModule,
      imports: [
        ConfigModule.forRoot({ ignoreEnvFile: true, validate: validateEnvironment, cache: true }),
      ],
      providers: [{ provide: APP_SETTINGS, useValue: settings }, Clock],
      exports: [APP_SETTINGS, Clock],
    };
  }
}
