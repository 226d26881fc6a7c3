import { useState } from 'react';
import { downloadFile } from '../api/download';
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
    downloadFile(`/dispatches/${dispatch.id}/${kind}`, name).catch((error: unknown) => {
      const { key, values } = errorMessageKey(error);
      setProblem(tOr(key, 'errors.unknown', values));
    });
  };
  return (
    <div className="row-actions">
      {files.map((f) => (
        <button
          key={f.kind}
          type="button"
          className="link"
          onClick={() => fetchFile(f.kind, f.name)}
        >
          {f.label}
        </button>
      ))}
      <Problem text={problem} />
    </div>
  );
}
