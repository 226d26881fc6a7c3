import { CHANNELS, type PupilChannel } from '@domain/directory/students/channel';
import { AWAITING_WORK_STEPS } from '@domain/packets/journey';
import { FormEvent, useRef, useState } from 'react';
import { $api, api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField, TextField } from '../ui/fields';
import { formatDate } from '../ui/format';

type Student = components['schemas']['Student'];

/** The deputy for upbringing (or the director) decides how a pupil's lessons reach them, saying why. */
export function ChannelChange({ pupil }: { pupil: Student }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const underWay = useUnderWay(pupil, open || saved);
  const [channel, setChannel] = useState<PupilChannel>(pupil.channel);
  const [reason, setReason] = useState('');
  const save = useSubmit(
    () =>
      api.PATCH('/students/{id}/channel', {
        params: { path: { id: pupil.id } },
        body: { channel, reason },
      }),
    {
      invalidate: ['students'],
      // The form closes: focus goes back to its button without scrolling, so the page stays put.
      onDone: () => {
        setOpen(false);
        setReason('');
        setSaved(true);
        toggle.current?.focus({ preventScroll: true });
      },
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(undefined, event.currentTarget);
  };
  const id = (name: string) => `channel-${pupil.id}-${name}`;
  return (
    <>
      <button
        type="button"
        ref={toggle}
        aria-expanded={open}
        onClick={() => {
          setSaved(false);
          setOpen(!open);
        }}
      >
        {t('channels.changeOne', { name: pupil.fullName.split(' ')[0] })}
      </button>
      {saved && (
        <p role="status">
          {t('channels.saved', { name: pupil.fullName, channel: t(`channel.${pupil.channel}`) })}{' '}
          {underWay}
        </p>
      )}
      {open && (
        <form
          onSubmit={submit}
          aria-label={t('channels.form', { name: pupil.fullName })}
          className="panel"
          noValidate
        >
          <SelectField
            id={id('channel')}
            label={t('pupils.channel')}
            {...save.field('channel')}
            value={channel}
            onChange={(e) => setChannel(e.target.value as PupilChannel)}
          >
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {t(`channel.${value}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={id('reason')}
            label={t('channels.reason')}
            hint={t('channels.reasonHint')}
            required
            maxLength={500}
            {...save.field('reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {underWay && <p className="hint">{underWay}</p>}
          <Problem text={save.problem} />
          <button type="submit" disabled={save.pending}>
            {t('common.save')}
          </button>
        </form>
      )}
    </>
  );
}

/**
 * Packets already made for the pupil and still out keep the channel they were made with: said,
 * naming the latest, so the deputy knows the change applies from the next packet.
 */
function useUnderWay(pupil: Student, enabled: boolean): string | undefined {
  const { t, language } = useI18n();
  const packets = $api.useQuery(
    'get',
    '/packets',
    { params: { query: { classId: pupil.classId, search: pupil.fullName } } },
    { enabled },
  );
  const out = (packets.data?.items ?? []).filter(
    (p) => p.studentName === pupil.fullName && AWAITING_WORK_STEPS.includes(p.status),
  );
  const latest = out.reduce<(typeof out)[number] | undefined>(
    (last, p) => (!last || p.returnDueOn > last.returnDueOn ? p : last),
    undefined,
  );
  return latest
    ? t('channels.fromNextPacket', {
        count: out.length,
        code: latest.code,
        date: formatDate(latest.returnDueOn, language),
      })
    : undefined;
}
