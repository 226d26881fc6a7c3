import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from './auth/auth.module';
import { SettingsModule } from './common/config/settings.module';
import { AppSettings } from './common/config/settings';
import { dataSourceOptions } from './common/database/data-source-options';
import { migrateUnderLock } from './common/database/migrate';
import { DataSource } from 'typeorm';
import { DirectoryModule } from './directory/directory.module';
import { HealthModule } from './health/health.module';
import { CasesModule } from './cases/cases.module';
import { PacketsModule } from './packets/packets.module';
import { ReviewsModule } from './reviews/reviews.module';
import { DispatchesModule } from './dispatches/dispatches.module';
import { ScheduleModule } from './schedule/schedule.module';
import { PrintingModule } from './printing/printing.module';
import { PacketDeskModule } from './packet-desk/packet-desk.module';
import { ScansModule } from './scans/scans.module';
import { CollectionModule } from './collection/collection.module';
import { ReportsModule } from './reports/reports.module';
import { AuditModule } from './audit/audit.module';
import { JobsModule } from './jobs/jobs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { KazpostModule } from './kazpost/kazpost.module';
import { TransactionsModule } from './common/database/transactions';

@Module({})
export class AppModule {
  static forRoot(settings: AppSettings): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SettingsModule.forRoot(settings),
        LoggerModule.forRoot({
          pinoHttp: {
            level: settings.logLevel,
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'res.headers["set-cookie"]',
              ],
              remove: true,
            },
            // Bodies are never logged: they carry passwords and pupils' personal data.
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
              // The status is what an operator needs; the security headers are the same every time.
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(settings.databaseUrl),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            if (settings.runMigrations) await migrateUnderLock(dataSource);
            return dataSource;
          },
        }),
        TransactionsModule,
        JobsModule,
        HealthModule,
        AuthModule,
        AuditModule,
        DirectoryModule,
        CasesModule,
        PacketsModule,
        ReviewsModule,
        DispatchesModule,
        ScheduleModule,
        PacketDeskModule,
        PrintingModule,
        ScansModule,
        CollectionModule,
        ReportsModule,
        NotificationsModule,
        KazpostModule,
      ],
    };
  }
}
