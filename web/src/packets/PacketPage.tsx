import type { SessionUser } from '../auth/session';
import { $api } from '../api/client';
import { errorMessageKey } from '../api/errors';
import { useOffices } from '../offices/queries';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { formatDate, formatDateTime } from '../ui/format';
import { Link } from '../ui/router';
import { CorrectScan } from './CorrectScan';
import { KazpostNotes } from './KazpostNotes';
import { PacketActions } from './PacketActions';
import { PacketMessages } from './PacketMessages';
import { PacketReviews } from './PacketReviews';

type FullPacket = components['schemas']['FullPacketView'];
const MAY_CORRECT: SessionUser['role'][] = ['director', 'deputy_academic', 'deputy_upbringing'];
/** The parts of the printed snapshot the page shows. */
interface Printed {
  student: { fullName: string; address: string; postcode: string };
  schoolClass: { grade: number; letter: string };
  cases: { id: string; subjectName: string; topic: string }[];
}

/** One packet: what it holds, where it is, its whole history, and what staff may do with it. */
export function PacketPage({ code, user }: { code: string; user: SessionUser }) {
  const { t, tOr, language } = useI18n();
  const packet = $api.useQuery(
    'get',
    '/packets/{code}',
    { params: { path: { code } } },
    { retry: false, meta: { ownError: true }, select: (answer) => answer as FullPacket },
  );
  const offices = useOffices(packet.data?.events.map((e) => e.postOfficeId) ?? []);
  const officeName = (id: string | null) => {
    const o = id ? offices.get(id) : undefined;
    return o ? `${o.postcode} ${o.name}` : '—';
  };
  if (packet.isError)
    return (
      <main>
        <p className="no-print">
          <Link to="/packets">{t('desk.back')}</Link>
        </p>
        <p className="problem" role="alert">
          {tOr(errorMessageKey(packet.error).key, 'errors.unknown')}
        </p>
      </main>
    );
  if (!packet.data) return <main aria-busy="true" />;
  const p = packet.data;
  const printed = p.snapshot as unknown as Printed;
  return (
    <main>
      <p className="no-print">
        <Link to="/packets">{t('desk.back')}</Link>
      </p>
      <h1>{p.code}</h1>
      <dl className="facts">
        <dt>{t('pupils.fullName')}</dt>
        <dd>
          {printed.student.fullName}, {printed.schoolClass.grade} {printed.schoolClass.letter}
        </dd>
        <dt>{t('pupils.address')}</dt>
        <dd>
          {printed.student.postcode}, {printed.student.address}
        </dd>
        <dt>{t('desk.status')}</dt>
        <dd>
          <strong>{t(`status.${p.status}`)}</strong>
        </dd>
        <dt>{t('history.returnDue')}</dt>
        <dd>
          {formatDate(p.returnDueOn, language)}
          {p.extensionReason && ` (${p.extensionReason})`}
        </dd>
        <dt>{t('desk.holds')}</dt>
        <dd>
          <ul className="plain">
            {printed.cases.map((c) => (
              <li key={c.id}>
                {c.subjectName}: {c.topic}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <PacketReviews code={p.code} reviews={p.reviews} user={user} />
      <section aria-labelledby="packet-history">
        <h2 id="packet-history">{t('desk.history')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('desk.when')}</th>
              <th scope="col">{t('desk.event')}</th>
              <th scope="col">{t('round.office')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('desk.recorded')}</th>
              <th scope="col">{t('desk.correction')}</th>
            </tr>
          </thead>
          <tbody>
            {p.events.map((e) => (
              <tr key={e.id} className={e.correction ? 'corrected' : undefined}>
                <td>{formatDateTime(e.occurredAt, language)}</td>
                <td>
                  {t(`status.${e.event}`)}
                  {e.reason && ` (${t(`desk.reason.${e.reason}`)})`}
                </td>
                <td>
                  {e.postOfficeId || !e.kazpost
                    ? officeName(e.postOfficeId)
                    : `${e.kazpost.postcode ?? ''} ${e.kazpost.officeName ?? ''}`}
                </td>
                <td>{e.source === 'kazpost' ? t('desk.fromKazpost') : e.actorName}</td>
                <td>
                  {formatDateTime(e.recordedAt, language)}
                  {e.sentLater && ` — ${t('desk.offline')}`}
                </td>
                <td>
                  {e.correction
                    ? t('desk.corrected', {
                        at: formatDateTime(e.correction.correctedAt, language),
                        reason: e.correction.reason,
                      })
                    : e.event === p.status &&
                      e.event !== 'reviewed' &&
                      MAY_CORRECT.includes(user.role) && (
                        <CorrectScan code={p.code} eventId={e.id} />
                      )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <KazpostNotes code={p.code} />
      <PacketMessages code={p.code} />
      <PacketActions packet={p} user={user} />
    </main>
  );
}
