import { FormEvent, useState } from 'react';
import type { SessionUser } from '../auth/session';
import { api } from '../api/client';
import { downloadFile } from '../api/download';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, TextField } from '../ui/fields';
import { DateField } from '../ui/DateField';
import { addDays, localDay } from '../ui/format';
import { navigate } from '../ui/router';
import { CarrierStep } from './CarrierStep';
import { AWAITING_WORK_STEPS, PacketStatus, statusesAllowing } from '@domain/packets/journey';

type FullPacket = components['schemas']['FullPacketView'];
const DEPUTIES: SessionUser['role'][] = ['director', 'deputy_academic', 'deputy_upbringing'];
/** Where a packet can be lost on the way, or is already lost: it may be reprinted. */
const REPRINTABLE: PacketStatus[] = [...statusesAllowing('lost'), 'lost'];

/** What staff may do with a packet: reprint its PDF, give more time, send it again. */
export function PacketActions({ packet, user }: { packet: FullPacket; user: SessionUser }) {
  const { t } = useI18n();
  // A week past the date in force (never beyond what the service accepts).
  const [date, setDate] = useState(() => {
    const later = addDays(packet.returnDueOn, 7);
    return later < localDay(120) ? later : localDay(120);
  });
  const [reason, setReason] = useState('');
  const [resendDate, setResendDate] = useState(localDay(14));
  const path = { params: { path: { code: packet.code } } };
  const extend = useSubmit(
    () =>
      api.PATCH('/packets/{code}/return-due-on', { ...path, body: { returnDueOn: date, reason } }),
    { invalidate: ['packets'] },
  );
  const resend = useSubmit(
    () => api.POST('/packets/{code}/redispatch', { ...path, body: { returnDueOn: resendDate } }),
    { invalidate: ['packets'], onDone: (made) => navigate(`/packets/${made.code}`) },
  );
  const [why, setWhy] = useState('');
  const reprint = useSubmit(
    () => api.POST('/packets/{code}/reprint', { ...path, body: { reason: why } }),
    { invalidate: ['packets'], onDone: (made) => navigate(`/packets/${made.code}`) },
  );
  const submitReprint = (event: FormEvent) => {
    event.preventDefault();
    reprint.submit(undefined, event.currentTarget);
  };
  const submitExtend = (event: FormEvent) => {
    event.preventDefault();
    extend.submit(undefined, event.currentTarget);
  };
  return (
    <section aria-labelledby="packet-actions" className="no-print">
      <h2 id="packet-actions">{t('desk.actions')}</h2>
      <button
        type="button"
        onClick={() => void downloadFile(`/packets/${packet.code}/pdf`, `${packet.code}.pdf`)}
      >
        {t('desk.pdf')}
      </button>
      {packet.byHand && (
        <CarrierStep
          code={packet.code}
          status={packet.status}
          destinationOfficeId={packet.destinationOfficeId}
          user={user}
        />
      )}
      {DEPUTIES.includes(user.role) && AWAITING_WORK_STEPS.includes(packet.status) && (
        <form onSubmit={submitExtend} aria-labelledby="extend" className="panel" noValidate>
          <h3 id="extend">{t('desk.extend')}</h3>
          <DateField
            id="extend-date"
            label={t('desk.newDate')}
            required
            min={localDay(1)}
            max={localDay(120)}
            value={date}
            onChange={setDate}
          />
          <TextField
            id="extend-reason"
            label={t('desk.reason')}
            hint={t('desk.reasonHint')}
            required
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Problem text={extend.problem} />
          {extend.done && <p role="status">{t('desk.extended')}</p>}
          <button type="submit" disabled={extend.pending}>
            {t('desk.extendButton')}
          </button>
        </form>
      )}
      {REPRINTABLE.includes(packet.status) && user.role !== 'admin' && (
        <form onSubmit={submitReprint} aria-labelledby="reprint" className="panel" noValidate>
          <h3 id="reprint">{t('desk.reprint')}</h3>
          <p>{t('desk.reprintHint')}</p>
          <TextField
            id="reprint-reason"
            label={t('desk.reason')}
            hint={t('desk.reprintReasonHint')}
            required
            maxLength={300}
            value={why}
            onChange={(e) => setWhy(e.target.value)}
          />
          <Problem text={reprint.problem} />
          <button type="submit" disabled={reprint.pending}>
            {t('desk.reprintButton')}
          </button>
        </form>
      )}
      {packet.status === 'undeliverable' && user.role !== 'admin' && (
        <div className="panel">
          <h3>{t('desk.resend')}</h3>
          <p>{t('desk.resendHint')}</p>
          <DateField
            id="resend-date"
            label={t('history.returnDue')}
            required
            min={localDay(1)}
            max={localDay(120)}
            value={resendDate}
            onChange={setResendDate}
          />
          <Problem text={resend.problem} />
          <button type="button" disabled={resend.pending} onClick={() => resend.submit(undefined)}>
            {t('desk.resendButton')}
          </button>
        </div>
      )}
    </section>
  );
}
