import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

type Student = components['schemas']['Student'];

/** Marks a pupil as left the class, or brings one back: the audit log keeps each step. */
export function PupilStatusButton({
  pupil,
  onChanged,
}: {
  pupil: Student;
  onChanged(pupil: Student): void;
}) {
  const { t } = useI18n();
  const save = useSubmit(
    () =>
      api.PATCH('/students/{id}', {
        params: { path: { id: pupil.id } },
        body: { active: !pupil.active },
      }),
    { invalidate: ['students'], onDone: onChanged },
  );
  const name = pupil.fullName.split(' ')[0];
  return (
    <>
      <button type="button" disabled={save.pending} onClick={() => save.submit(undefined)}>
        {pupil.active ? t('pupils.markLeft', { name }) : t('pupils.bringBack', { name })}
      </button>
      <Problem text={save.problem} />
    </>
  );
}

/** Says who was just marked as left, with the way back one click away. */
export function LeftNotice({ pupil, onUndone }: { pupil: Student; onUndone(): void }) {
  const { t } = useI18n();
  const undo = useSubmit(
    () =>
      api.PATCH('/students/{id}', {
        params: { path: { id: pupil.id } },
        body: { active: true },
      }),
    { invalidate: ['students'], onDone: onUndone },
  );
  return (
    <div role="status" className="panel">
      {t('pupils.markedLeft', { name: pupil.fullName })}{' '}
      <button type="button" disabled={undo.pending} onClick={() => undo.submit(undefined)}>
        {t('pupils.undo')}
      </button>
      <Problem text={undo.problem} />
    </div>
  );
}
