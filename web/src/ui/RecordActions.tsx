import { useState } from 'react';
import type { Answer } from '../api/errors';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem } from './fields';

interface Props {
  archived: boolean;
  archive(): Promise<Answer<unknown>>;
  restore(): Promise<Answer<unknown>>;
  remove(): Promise<Answer<unknown>>;
  /** The lists the change touches, fetched again after it. */
  invalidate: string[];
  onRemoved?(): void;
}

/**
 * Archive (hide, restorable) or restore a record, or delete it for good after a second click;
 * the service refuses a delete while other records name it, and says so here.
 */
export function RecordActions({ archived, archive, restore, remove, ...rest }: Props) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const options = { invalidate: rest.invalidate, refreshOnError: true };
  const toggle = useSubmit(() => (archived ? restore() : archive()), options);
  const drop = useSubmit(() => remove(), { ...options, onDone: rest.onRemoved });
  return (
    <div className="row-actions">
      <button type="button" disabled={toggle.pending} onClick={() => toggle.submit(undefined)}>
        {t(archived ? 'records.restore' : 'records.archive')}
      </button>
      {confirming ? (
        <button
          type="button"
          className="danger"
          disabled={drop.pending}
          onClick={() => drop.submit(undefined)}
        >
          {t('records.deleteConfirm')}
        </button>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('records.delete')}
        </button>
      )}
      <Problem text={toggle.problem ?? drop.problem} />
    </div>
  );
}
