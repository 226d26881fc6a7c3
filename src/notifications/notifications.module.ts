import { Module } from '@nestjs/common';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { CollectionModule } from '@/collection/collection.module';
import { DailyChecks } from './daily-checks';
import { DeliveryReceipts } from './delivery-receipts';
import { NotificationSender } from './notification-sender';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsSweep } from './notifications-sweep';
import { LogSmsProvider } from './providers/log-provider';
import { SMS_PROVIDER, SmsProvider } from './providers/sms-provider';
import { SmppSmsProvider } from './providers/smpp-provider';

/** Text messages to guardians and staff: the outbox, its sender, the daily checks, the history. */
@Module({
  imports: [CollectionModule],
  controllers: [NotificationsController],
  providers: [
    {
      provide: SMS_PROVIDER,
      inject: [APP_SETTINGS],
      useFactory: ({ sms }: AppSettings): SmsProvider =>
        sms.provider === 'smpp' ? new SmppSmsProvider(sms) : new LogSmsProvider(),
    },
    NotificationSender,
    DeliveryReceipts,
    NotificationsSweep,
    DailyChecks,
    NotificationsService,
    NotificationsRepository,
  ],
})
export class NotificationsModule {}
