import { PERMISSIONS } from '@domain/auth/permissions';
import { countChannels } from '@domain/directory/students/channel';
import { formatPhone } from '@domain/directory/phone';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { $api } from '../api/client';
import type { components } from '../api/schema';
import type { SessionUser } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { byName, classLabel } from '../ui/format';
import { ScrollRegion } from '../ui/ScrollRegion';
import { Link } from '../ui/router';
import { ChannelChange } from './ChannelChange';
import { DispatchHistory } from './DispatchHistory';
import { PupilForm } from './PupilForm';
import { LeftNotice, PupilStatusButton } from './PupilStatus';
import { RosterImport } from './RosterImport';
import { classPupils } from './queries';

type Student = components['schemas']['Student'];
const CHANNEL_DECIDERS = PERMISSIONS['PATCH /students/:id/channel'];

/** One class: its pupils (add, correct, import the list), and what has been sent to it. */
export function ClassPage({ classId, user }: { classId: string; user: SessionUser }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string>();
  const [justLeft, setJustLeft] = useState<Student>();
  const schoolClass = $api.useQuery('get', '/classes/{id}', { params: { path: { id: classId } } });
  const pupils = useQuery(classPupils(classId));
  if (!schoolClass.data)
    return (
      <main aria-busy={schoolClass.isPending}>
        {schoolClass.isError && t('errors.class.not_found')}
      </main>
    );
  const label = classLabel(schoolClass.data);
  const list = byName(pupils.data?.items ?? [], (p) => p.fullName);
  const channels = countChannels(list.filter((p) => p.active).map((p) => p.channel));
  const decides = CHANNEL_DECIDERS !== 'public' && CHANNEL_DECIDERS.includes(user.role);
  return (
    <main>
      <p className="no-print">
        <Link to="/classes">{t('classes.back')}</Link>
      </p>
      <h1>{t('classes.heading', { label })}</h1>
      <p className="no-print">
        <Link to={`/dispatch?class=${classId}`}>{t('classes.sendCases')}</Link>
      </p>
      {justLeft && <LeftNotice pupil={justLeft} onUndone={() => setJustLeft(undefined)} />}
      {list.length === 0 && <p>{t('pupils.none')}</p>}
      {list.length > 0 && (
        <p id="class-channels">
          {t('channels.summary', {
            post: channels.post,
            byHand: channels.by_hand,
            online: channels.online,
          })}
        </p>
      )}
      <ScrollRegion label={t('classes.heading', { label })} hidden={list.length === 0} withActions>
        <table className="cards">
          <caption>{t('pupils.count', { count: list.filter((p) => p.active).length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pupils.fullName')}</th>
              <th scope="col">{t('pupils.address')}</th>
              <th scope="col">{t('pupils.channel')}</th>
              <th scope="col">{t('pupils.guardianPhone')}</th>
              <th scope="col" className="no-print actions">
                {t('staff.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((pupil) => (
              <tr key={pupil.id} className={pupil.active ? undefined : 'inactive'}>
                <td data-label={t('pupils.fullName')}>
                  {pupil.fullName}
                  {!pupil.active && ` (${t('pupils.left')})`}
                </td>
                <td data-label={t('pupils.address')}>
                  {pupil.postcode}, {pupil.address}
                </td>
                <td data-label={t('pupils.channel')}>
                  {t(`channel.${pupil.channel}`)}
                  {pupil.channelReason && (
                    <small className="hint">
                      <br />
                      {t('channels.because', { reason: pupil.channelReason })}
                    </small>
                  )}
                </td>
                <td data-label={t('pupils.guardianPhone')}>
                  <span className="nowrap">{formatPhone(pupil.guardianPhone)}</span>
                </td>
                <td className="no-print actions">
                  <button
                    type="button"
                    aria-expanded={editing === pupil.id}
                    onClick={() => setEditing(editing === pupil.id ? undefined : pupil.id)}
                  >
                    {t('pupils.editOne', { name: pupil.fullName.split(' ')[0] })}
                  </button>{' '}
                  {decides && pupil.active && <ChannelChange pupil={pupil} />}{' '}
                  <PupilStatusButton
                    pupil={pupil}
                    onChanged={(changed) => setJustLeft(changed.active ? undefined : changed)}
                  />
                  {editing === pupil.id && (
                    <PupilForm
                      classId={classId}
                      pupil={pupil}
                      onDone={() => setEditing(undefined)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <RosterImport classId={classId} />
      <details className="panel">
        <summary>{t('pupils.add')}</summary>
        <PupilForm classId={classId} onDone={() => undefined} />
      </details>
      <DispatchHistory classId={classId} label={label} />
    </main>
  );
}
