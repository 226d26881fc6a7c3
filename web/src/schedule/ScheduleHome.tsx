import type { SessionUser } from '../auth/session';
import { useSubjectName } from '../cases/queries';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../ui/format';
import { Link } from '../ui/router';
import { dueByClass } from './due';
import { needsAttention } from './load';
import { useDue, useSchedule } from './queries';

const TIMETABLERS: SessionUser['role'][] = ['director', 'deputy_academic'];

/** The home screen's part of the timetable: what is due from a teacher, what needs the deputy. */
export function ScheduleHome({ user }: { user: SessionUser }) {
  if (user.role === 'teacher') return <DueFromMe />;
  if (TIMETABLERS.includes(user.role)) return <PacketsToSee />;
  return null;
}

/** Each class's next packet: when it goes out and comes back, and the subjects still owed. */
function DueFromMe() {
  const { t, language } = useI18n();
  const due = useDue();
  const nameOf = useSubjectName();
  const classes = dueByClass(due.data?.items ?? []);
  return (
    <section aria-labelledby="due" aria-busy={due.isPending}>
      <h2 id="due">{t('home.due')}</h2>
      {classes.length === 0 && !due.isPending && <p>{t('home.nothingDue')}</p>}
      <ul>
        {classes.map((c) => {
          const values = {
            label: c.label,
            out: formatDate(c.goesOutOn, language),
            back: formatDate(c.comesBackOn, language),
          };
          return (
            <li key={c.packetId}>
              {c.missing.length > 0
                ? t('home.dueClass', {
                    ...values,
                    subjects: c.missing.map((code) => nameOf(code)).join(', '),
                  })
                : t('home.dueClassDone', values)}
            </li>
          );
        })}
      </ul>
      {classes.some((c) => c.missing.length > 0) && <Link to="/cases">{t('home.addCases')}</Link>}
    </section>
  );
}

/** Upcoming packets incomplete or over the norm; or, before any date is set, that none is. */
function PacketsToSee() {
  const { t, language } = useI18n();
  const schedule = useSchedule();
  const packets = schedule.data?.items ?? [];
  const waiting = packets.filter(needsAttention);
  const noTimetable = !schedule.isPending && packets.length === 0;
  return (
    <section aria-labelledby="to-see" aria-busy={schedule.isPending}>
      <h2 id="to-see">{t('home.packetsToSee')}</h2>
      {noTimetable && <p>{t('home.noTimetable')}</p>}
      {!noTimetable && waiting.length === 0 && !schedule.isPending && (
        <p>{t('home.packetsReady')}</p>
      )}
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
      <Link to="/schedule">{t(noTimetable ? 'home.setTimetable' : 'home.openSchedule')}</Link>
    </section>
  );
}
