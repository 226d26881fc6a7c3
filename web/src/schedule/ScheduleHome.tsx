import type { SessionUser } from '../auth/session';
import { useSubjectName } from '../cases/queries';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../ui/format';
import { Link } from '../ui/router';
import { needsAttention } from './load';
import { useDue, useSchedule } from './queries';

const TIMETABLERS: SessionUser['role'][] = ['director', 'deputy_academic'];

/** The home screen's part of the timetable: what is due from a teacher, what needs the deputy. */
export function ScheduleHome({ user }: { user: SessionUser }) {
  if (user.role === 'teacher') return <DueFromMe />;
  if (TIMETABLERS.includes(user.role)) return <PacketsToSee />;
  return null;
}

function DueFromMe() {
  const { t, language } = useI18n();
  const due = useDue();
  const nameOf = useSubjectName();
  const open = (due.data?.items ?? []).filter((item) => item.caseIds.length === 0);
  return (
    <section aria-labelledby="due" aria-busy={due.isPending}>
      <h2 id="due">{t('home.due')}</h2>
      {open.length === 0 && !due.isPending && <p>{t('home.nothingDue')}</p>}
      <ul>
        {open.map((item) => (
          <li key={`${item.packetId}-${item.subjectCode}`}>
            {t('home.dueItem', {
              subject: nameOf(item.subjectCode),
              label: `${item.grade} ${item.letter}`,
              date: formatDate(item.goesOutOn, language),
            })}
          </li>
        ))}
      </ul>
      {open.length > 0 && <Link to="/cases">{t('home.addCases')}</Link>}
    </section>
  );
}

function PacketsToSee() {
  const { t, language } = useI18n();
  const schedule = useSchedule();
  const waiting = (schedule.data?.items ?? []).filter(needsAttention);
  return (
    <section aria-labelledby="to-see" aria-busy={schedule.isPending}>
      <h2 id="to-see">{t('home.packetsToSee')}</h2>
      {waiting.length === 0 && !schedule.isPending && <p>{t('home.packetsReady')}</p>}
      <ul>
        {waiting.map((p) => (
          <li key={p.id}>
            {t(p.load.overNorm ? 'home.packetOver' : 'home.packetIncomplete', {
              label: `${p.grade} ${p.letter}`,
              date: formatDate(p.goesOutOn, language),
            })}
          </li>
        ))}
      </ul>
      <Link to="/schedule">{t('home.openSchedule')}</Link>
    </section>
  );
}
