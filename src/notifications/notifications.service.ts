import { Injectable } from '@nestjs/common';
import { schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { validCode } from '@/packets/packets.service';
import { Language } from '@/directory/classes/class-language';
import { NotificationQueryDto } from './notification.dto';
import { messageText, smsSize } from './sms-text';
import { NotificationList, NotificationView } from './notification.view';
import { HistoryFilter, HistoryRow, NotificationsRepository } from './notifications.repository';

/** The message history school staff read: their school's, newest first. */
@Injectable()
export class NotificationsService {
  constructor(private readonly outbox: NotificationsRepository) {}

  async list(user: Principal, query: NotificationQueryDto): Promise<NotificationList> {
    const filter: HistoryFilter = {
      schoolId: schoolScope(user) ?? null,
      studentId: query.studentId ?? null,
      packetCode: query.packetCode ? validCode(query.packetCode) : null,
      kind: query.kind ?? null,
      status: query.status ?? null,
    };
    const total = await this.outbox.countHistory(filter);
    const rows = await this.outbox.history(filter, query.limit, query.offset);
    return { items: rows.map(withText), total };
  }
}

/** A message not written yet shows the text and number it will go out with, as they stand now. */
function withText({ params, ...message }: HistoryRow): NotificationView {
  if (!['queued', 'held'].includes(message.status)) return message;
  if (message.body !== null) return message;
  const body = messageText(message.kind, message.language as Language, params);
  return { ...message, body, segments: smsSize(body).segments };
}
