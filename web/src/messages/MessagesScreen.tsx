import { useState } from 'react';
import { NOTIFICATION_KINDS } from '@domain/notifications/notification-kinds';
import { $api } from '../api/client';
import type { components } from '../api/schema';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { useI18n } from '../i18n/i18n';
import { SelectField } from '../ui/fields';
import { ShowMore } from '../ui/ShowMore';
import { MessageTable } from './MessageTable';
import { ScrollRegion } from '../ui/ScrollRegion';

type Message = components['schemas']['NotificationView'];
/** Failed and skipped first in the list: those are the families to phone. */
const STATUSES: Message['status'][] = [
  'failed',
  'skipped',
  'held',
  'queued',
  'sending',
  'sent',
  'delivered',
];

/** The school's text messages, newest first: who was told what, and who could not be reached. */
export function MessagesScreen() {
  const { t } = useI18n();
  const [filters, setFilters] = useState({ kind: '', status: '' });
  const query = {
    kind: (filters.kind || undefined) as Message['kind'] | undefined,
    status: (filters.status || undefined) as Message['status'] | undefined,
  };
  const list = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/notifications',
      { params: { query: { ...query, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  const set = (name: keyof typeof filters) => (e: { target: { value: string } }) =>
    setFilters({ ...filters, [name]: e.target.value });
  return (
    <main className="wide">
      <h1>{t('messages.title')}</h1>
      <div className="filters" role="search">
        <SelectField
          id="messages-kind"
          label={t('messages.kind')}
          value={filters.kind}
          onChange={set('kind')}
        >
          <option value="">{t('common.all')}</option>
          {NOTIFICATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`messages.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="messages-status"
          label={t('messages.status')}
          value={filters.status}
          onChange={set('status')}
        >
          <option value="">{t('common.all')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`messages.status.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ScrollRegion label={t('messages.title')}>
        <MessageTable
          messages={list.items}
          withPupil
          busy={list.busy}
          caption={t('messages.count', { shown: list.items.length, total: list.total })}
        />
      </ScrollRegion>
      <ShowMore list={list} />
    </main>
  );
}
