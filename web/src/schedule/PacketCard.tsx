import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useSubjectName } from '../cases/queries';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';
import { formatDate } from '../ui/format';
import { Link } from '../ui/router';
import { MovePacketDates, ReleasePacket, RemovePacketDate } from './PacketActions';

type Packet = components['schemas']['ScheduledPacketView'];

/** One upcoming packet: its dates, every subject's cases, its study time against the norm. */
export function PacketCard({ packet }: { packet: Packet }) {
  const { t, language } = useI18n();
  const subjectName = useSubjectName();
  const nameOf = (code: string) => subjectName(code);
  const invalidate = ['schedule', 'dispatches'];
  const takeOut = useSubmit(
    (caseId: string) =>
      api.DELETE('/schedule/{id}/cases/{caseId}', {
        params: { path: { id: packet.id, caseId } },
      }),
    { invalidate },
  );
  const { load } = packet;
  const label = `${packet.grade} ${packet.letter}`;
  const headingId = `packet-${packet.id}`;
  const open = !packet.releasedAt;
  return (
    <article className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('schedule.packetHeading', {
          label,
          out: formatDate(packet.goesOutOn, language),
          back: formatDate(packet.comesBackOn, language),
        })}
      </h3>
      {packet.releasedAt && packet.dispatchId && (
        <p role="status">
          {t('schedule.released')}{' '}
          <Link to={`/classes/${packet.classId}`}>{t('schedule.openClass', { label })}</Link>
        </p>
      )}
      {packet.cases.length === 0 ? (
        <p>{t('schedule.noCases')}</p>
      ) : (
        <table>
          <caption>{t('schedule.casesOf', { label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('schedule.subject')}</th>
              <th scope="col">{t('schedule.topic')}</th>
              <th scope="col">{t('schedule.minutes')}</th>
              {open && <th scope="col">{t('schedule.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {packet.cases.map((c) => (
              <tr key={c.id}>
                <td>{nameOf(c.subjectCode)}</td>
                <td>{c.topic}</td>
                <td className={load.longCaseIds.includes(c.id) ? 'late' : undefined}>
                  {c.estimatedMinutes}
                  {load.longCaseIds.includes(c.id) &&
                    ` — ${t('schedule.longCase', { limit: load.sittingLimitMinutes ?? 0 })}`}
                </td>
                {open && (
                  <td>
                    <button
                      type="button"
                      className="link"
                      disabled={takeOut.pending}
                      onClick={() => takeOut.submit(c.id)}
                    >
                      {t('schedule.takeOut', { topic: c.topic })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && <MissingSubjects packet={packet} nameOf={nameOf} />}
      <p className={load.overNorm ? 'problem' : undefined}>
        {load.dailyLimitMinutes === null
          ? t('schedule.loadNoNorm', { perDay: load.minutesPerDay, days: load.studyDays })
          : t('schedule.load', {
              perDay: load.minutesPerDay,
              limit: load.dailyLimitMinutes,
              total: load.totalMinutes,
              days: load.studyDays,
            })}
        {/* Say which limit is passed: one sitting (a case in red) or the minutes per day. */}
        {load.overNorm &&
          ` ${t(load.longCaseIds.length > 0 ? 'schedule.overSitting' : 'schedule.overDaily')}`}
      </p>
      <Problem text={takeOut.problem} />
      {open && (
        <>
          <ReleasePacket packet={packet} />
          <MovePacketDates packet={packet} />
          <RemovePacketDate packet={packet} />
        </>
      )}
    </article>
  );
}

/** The subjects still missing, each with the teacher it is assigned to; or that none are assigned. */
function MissingSubjects({ packet, nameOf }: { packet: Packet; nameOf(code: string): string }) {
  const { t } = useI18n();
  const label = `${packet.grade} ${packet.letter}`;
  const subjects = packet.missing.map((m) =>
    m.teacherName
      ? t('schedule.missingOf', { subject: nameOf(m.subjectCode), teacher: m.teacherName })
      : nameOf(m.subjectCode),
  );
  return (
    <>
      {subjects.length > 0 && <p>{t('schedule.missing', { subjects: subjects.join(', ') })}</p>}
      {packet.subjectsFrom === 'cases_written' && (
        <p className="hint">{t('schedule.guessed', { label })}</p>
      )}
    </>
  );
}
