import { CHANNELS, type PupilChannel } from '@domain/directory/students/channel';
import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField, TextField } from '../ui/fields';

type Student = components['schemas']['Student'];

/** The deputy for upbringing (or the director) decides how a pupil's lessons reach them, saying why. */
export function ChannelChange({ pupil }: { pupil: Student }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
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
      onDone: () => {
        setOpen(false);
        setReason('');
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
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('channels.changeOne', { name: pupil.fullName.split(' ')[0] })}
      </button>
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
          <Problem text={save.problem} />
          <button type="submit" disabled={save.pending}>
            {t('common.save')}
          </button>
        </form>
      )}
    </>
  );
}
