import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OutgoingSms, SmsProvider } from './sms-provider';

/**
 * The default when no SMS account is configured: each message is recorded as sent (with its
 * text in the notifications table) and logged without the phone number; nothing leaves.
 */
export class LogSmsProvider implements SmsProvider {
  private readonly logger = new Logger('SMS');

  connect(): Promise<void> {
    return Promise.resolve();
  }

  submit(sms: OutgoingSms): Promise<string> {
    const id = `log-${randomUUID()}`;
    this.logger.log(`Not sent (SMS_PROVIDER=log): ${id}, ${sms.segments} segment(s)`);
    return Promise.resolve(id);
  }

  onReceipt(): void {}

  close(): Promise<void> {
    return Promise.resolve();
  }
}
