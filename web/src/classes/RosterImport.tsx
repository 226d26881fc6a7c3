import { useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { FileField } from '../ui/FileField';
import { Problem } from '../ui/fields';
import { RosterLines } from './RosterLines';
import { RosterTemplates } from './RosterTemplates';

type Preview = components['schemas']['RosterPreview'];
type Result = components['schemas']['RosterImportResult'];

function upload(classId: string, file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('classId', classId);
  form.append('dryRun', String(dryRun));
  form.append('file', file);
  return api.POST('/students/import', { body: {} as never, bodySerializer: () => form });
}

/**
 * The class list from a CSV: first what would happen, every row as the service read it, bad
 * cells marked; importing only when the file is clean, and then all rows at once.
 */
export function RosterImport({ classId }: { classId: string }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<Preview>();
  const [result, setResult] = useState<Result>();
  // Namesakes in the file or the class may be other children: imported once checked.
  const [namesakesChecked, setNamesakesChecked] = useState(false);
  const check = useSubmit((chosen: File) => upload(classId, chosen, true), {
    onDone: (answer) => setPreview(answer as Preview),
  });
  const commit = useSubmit((chosen: File) => upload(classId, chosen, false), {
    invalidate: ['students'],
    onDone: (answer) => {
      setResult(answer as Result);
      setPreview(undefined);
    },
  });
  const choose = (chosen: File | undefined) => {
    setPreview(undefined);
    setNamesakesChecked(false);
    setResult(undefined);
    setFile(chosen);
    if (chosen) check.submit(chosen);
  };
  const bad = new Set(preview?.errors.map((e) => e.row));
  const warned = new Set(preview?.warnings.filter((w) => !bad.has(w.row)).map((w) => w.row));
  const clean = preview !== undefined && preview.errorCount === 0;
  // The whole file's good rows: the preview shows only the first of them.
  const goodCount = (preview?.lineCount ?? 0) - (preview?.badLineCount ?? 0);
  const changes = (preview?.wouldImport ?? 0) + (preview?.wouldUpdate ?? 0);
  return (
    <section aria-labelledby="roster-import" className="panel">
      <h2 id="roster-import">{t('roster.title')}</h2>
      <p>{t('roster.hint')}</p>
      <RosterTemplates />
      <FileField
        id="roster-file"
        label={t('roster.choose')}
        accept=".csv,text/csv"
        fileName={file?.name}
        onFile={choose}
      />
      <Problem text={check.problem ?? commit.problem} />
      {result && (
        <p role="status">
          {t('roster.imported', {
            count: result.imported,
            updated: result.updated,
            unchanged: result.unchanged,
          })}
        </p>
      )}
      {preview && (
        <div role="status">
          {clean ? (
            <p>{t('roster.ready', { count: preview.wouldImport })}</p>
          ) : (
            <p className="problem">{t('roster.bad', { count: preview.badLineCount })}</p>
          )}
          <p hidden={preview.wouldUpdate + preview.unchanged + preview.left === 0}>
            {t('roster.plan', {
              update: preview.wouldUpdate,
              unchanged: preview.unchanged,
              left: preview.left,
            })}
          </p>
        </div>
      )}
      {preview && bad.size > 0 && (
        <RosterLines
          preview={preview}
          lines={preview.lines.filter((l) => bad.has(l.row))}
          caption={t('roster.badRows')}
          className="roster-problems"
        />
      )}
      {preview && warned.size > 0 && (
        <>
          <RosterLines
            preview={preview}
            lines={preview.lines.filter((l) => warned.has(l.row))}
            caption={t('roster.namesakeRows', { count: preview.warningCount })}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={namesakesChecked}
              onChange={(e) => setNamesakesChecked(e.target.checked)}
            />
            {t('roster.namesakesChecked')}
          </label>
        </>
      )}
      {preview && preview.lines.length > bad.size + warned.size && (
        <details>
          <summary>{t('roster.goodRows', { count: goodCount })}</summary>
          <RosterLines
            preview={preview}
            lines={preview.lines.filter((l) => !bad.has(l.row) && !warned.has(l.row))}
            caption={t('roster.goodRows', { count: goodCount })}
          />
        </details>
      )}
      {clean && file && changes > 0 && (
        <button
          type="button"
          disabled={commit.pending || (preview.warningCount > 0 && !namesakesChecked)}
          onClick={() => commit.submit(file)}
        >
          {preview.wouldImport > 0
            ? t('roster.import', { count: preview.wouldImport })
            : t('roster.importUpdates', { count: preview.wouldUpdate })}
        </button>
      )}
    </section>
  );
}
