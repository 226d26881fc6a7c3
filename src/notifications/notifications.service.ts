import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { validCode } from '@/packets/packets.service';
import { Language } from '@/directory/classes/class-language';
import { NotificationQueryDto } from './notification.dto';
import { messageText, smsSize } from './sms-text';
import { NotificationList, NotificationView } from './notification.view';

/** The message history school staff read: their school's, newest first. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: Principal, query: NotificationQueryDto): Promise<NotificationList> {
    const filters: string[] = [];
    const values: unknown[] = [];
    const where = (sql: string, value: unknown): void => {
      values.push(value);
      filters.push(sql.replace('?', `$${values.length}`));
    };
    const schoolId = schoolScope(user);
    if (schoolId) where('n.school_id = ?', schoolId);
    if (query.studentId) where('n.student_id = ?', query.studentId);
    if (query.packetCode) where('p.code = ?', validCode(query.packetCode));
    if (query.kind) where('n.kind = ?', query.kind);
    if (query.status) where('n.status = ?', query.status);
    const clause = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
    const from = `FROM notifications n LEFT JOIN packets p ON p.id = n.packet_id
                  LEFT JOIN students s ON s.id = n.student_id
                  LEFT JOIN staff st ON st.id = n.staff_id ${clause}`;
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total ${from}`,
      values,
    );
    const rows = await this.dataSource.query<Row[]>(
      `SELECT n.id, n.kind, n.status, n.status_reason AS "statusReason", p.code AS "packetCode",
              n.student_id AS "studentId", s.full_name AS "pupilName", n.body, n.segments, n.params,
              COALESCE(n.phone, CASE WHEN n.staff_id IS NULL THEN s.guardian_phone ELSE st.phone END)
                AS phone,
              n.language, n.created_at AS "createdAt", n.not_before AS "notBefore",
              n.sent_at AS "sentAt", n.delivered_at AS "deliveredAt"
         ${from}
        ORDER BY n.created_at DESC, n.id
        LIMIT ${query.limit} OFFSET ${query.offset}`,
      values,
    );
    return { items: rows.map(withText), total };
  }
}

type Row = NotificationView & { params: Record<string, string | number> };

/** A message not written yet shows the text and number it will go out with, as they stand now. */
function withText({ params, ...message }: Row): NotificationView {
  if (!['queued', 'held'].includes(message.status)) return message;
  if (message.body !== null) return message;
  const body = messageText(message.kind, message.language as Language, params);
  return { ...message, body, segments: smsSize(body).segments };
}
