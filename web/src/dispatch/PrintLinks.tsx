import { useEffect, useRef, useState } from 'react';
import { downloadFile } from '../api/download';
import { downloadWhenReady, PreparationFailed, PreparingRun } from './print-run-download';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

/** A dispatch's files, one click each: the print run, and the post office's list as PDF or CSV. */
export function PrintLinks({
  dispatch,
  label,
}: {
  dispatch: { id: string; createdAt: string };
  label: string;
}) {
  const { t, tOr, language } = useI18n();
  const [problem, setProblem] = useState<string>();
  // A large dispatch's print run is prepared by a worker first: its progress is shown here.
  const [preparing, setPreparing] = useState<PreparingRun>();
  // Leaving the screen stops following it (made in the effect, so a remount gets a fresh one).
  const leaving = useRef(new AbortController());
  useEffect(() => {
    const controller = new AbortController();
    leaving.current = controller;
    return () => controller.abort();
  }, []);
  const stem = `${label.replace(' ', '')}-${dispatch.createdAt.slice(0, 10)}`;
  const files = [
    { kind: 'packets.pdf', name: `packets-${stem}.pdf`, label: t('print.packets') },
    { kind: 'manifest.pdf', name: `manifest-${stem}.pdf`, label: t('print.manifestPdf') },
    {
      kind: `manifest.csv?language=${language}`,
      name: `manifest-${stem}.csv`,
      label: t('print.manifestCsv'),
    },
  ];
  const fetchFile = (kind: string, name: string) => {
    setProblem(undefined);
    const path = `/dispatches/${dispatch.id}/${kind}`;
    const { signal } = leaving.current;
    const done =
      kind === 'packets.pdf'
        ? downloadWhenReady(path, name, setPreparing, signal)
        : downloadFile(path, name);
    done
      .catch((error: unknown) => {
        if (signal.aborted) return;
        if (error instanceof PreparationFailed) return setProblem(t('print.failed'));
        const { key, values } = errorMessageKey(error);
        setProblem(tOr(key, 'errors.unknown', values));
      })
      .finally(() => setPreparing(undefined));
  };
  return (
    <div className="row-actions">
      {files.map((f) => (
        <button
          key={f.kind}
          type="button"
          className="link"
          disabled={f.kind === 'packets.pdf' && !!preparing}
          onClick={() => fetchFile(f.kind, f.name)}
        >
          {f.label}
        </button>
      ))}
      {preparing && (
        <>
          <label htmlFor={`print-progress-${dispatch.id}`}>
            {t('print.progress', { done: preparing.done, total: preparing.total })}
          </label>
          <progress
            id={`print-progress-${dispatch.id}`}
            value={preparing.done}
            max={preparing.total}
          />
        </>
      )}
      <Problem text={problem} />
    </div>
  );
}
