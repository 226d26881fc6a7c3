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

/** Each template's button and file name, in the language of its headers. */
const TEMPLATES = [
  { language: 'kk', label: 'roster.templateKk', file: 'roster.templateFileKk' },
  { language: 'ru', label: 'roster.templateRu', file: 'roster.templateFileRu' },
  { language: 'ky', label: 'roster.templateKy', file: 'roster.templateFileKy' },
] as const;

/** The template to fill in, in Kazakh, Russian or Kyrgyz, and the columns it has. */
export function RosterTemplates() {
  const { t, tOr } = useI18n();
  const [problem, setProblem] = useState<string>();
  const download = ({ language, file }: (typeof TEMPLATES)[number]) => {
    setProblem(undefined);
    const name = t(file);
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
        {TEMPLATES.map((template) => (
          <button key={template.language} type="button" onClick={() => download(template)}>
            {t(template.label)}
          </button>
        ))}
      </p>
      <Problem text={problem} />
    </>
  );
}
