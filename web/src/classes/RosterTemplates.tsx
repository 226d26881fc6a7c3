import { useState } from 'react';
import { downloadFile } from '../api/download';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

const COLUMNS = [
  'fullName',
  'address',
  'postcode',
  'postOffice',
  'delivery',
  'guardianName',
  'guardianPhone',
] as const;

/** The template to fill in, in Kazakh or Russian, and the columns it has. */
export function RosterTemplates() {
  const { t, tOr } = useI18n();
  const [problem, setProblem] = useState<string>();
  const download = (language: 'kk' | 'ru') => {
    setProblem(undefined);
    const name = language === 'kk' ? t('roster.templateFileKk') : t('roster.templateFileRu');
    downloadFile(`/students/import/template.csv?language=${language}`, name).catch(
      (error: unknown) => {
        const { key, values } = errorMessageKey(error);
        setProblem(tOr(key, 'errors.unknown', values));
      },
    );
  };
  return (
    <>
      <p>
        {t('roster.columns', { columns: COLUMNS.map((c) => t(`roster.column.${c}`)).join(', ') })}
      </p>
      <p className="row-actions">
        <button type="button" onClick={() => download('kk')}>
          {t('roster.templateKk')}
        </button>
        <button type="button" onClick={() => download('ru')}>
          {t('roster.templateRu')}
        </button>
      </p>
      <Problem text={problem} />
    </>
  );
}
