import { useState } from 'react';
import { downloadFile } from '../api/download';
import { errorMessageKey } from '../api/errors';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';
import { formatDate, localDay } from '../ui/format';

type Cell = components['schemas']['MatrixCellView'];

/** A reviewed cell's mark, or passed/failed. */
export function Verdict({ cell }: { cell: Cell }) {
  const { t } = useI18n();
  if (cell.mark !== null) return <strong>: {t('reports.mark', { mark: cell.mark })}</strong>;
  if (cell.passed !== null)
    return <strong>: {cell.passed ? t('reviews.passed') : t('reviews.failed')}</strong>;
  return null;
}

/** The class's marks as a CSV for the school's e-journal, in the reader's language. */
export function MarksCsvButton({ classId, label }: { classId: string; label: string }) {
  const { t, tOr, language } = useI18n();
  const [problem, setProblem] = useState<string>();
  const download = () => {
    setProblem(undefined);
    const name = t('reports.marksCsvFile', { label, date: formatDate(localDay(), language) });
    downloadFile(`/reports/classes/${classId}/marks.csv?language=${language}`, name).catch(
      (error: unknown) => {
        const { key, values } = errorMessageKey(error);
        setProblem(tOr(key, 'errors.unknown', values));
      },
    );
  };
  return (
    <p className="no-print">
      <button type="button" onClick={download}>
        {t('reports.marksCsv')}
      </button>
      <Problem text={problem} />
    </p>
  );
}
