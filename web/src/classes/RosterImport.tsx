import { useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';
import { csvRows } from './csv-cells';

type Preview = components['schemas']['RosterPreview'];

function upload(classId: string, file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('classId', classId);
  form.append('dryRun', String(dryRun));
  form.append('file', file);
  return api.POST('/students/import', { body: {} as never, bodySerializer: () => form });
}

/**
 * The class list from a CSV: first what would be imported, every bad row shown as typed with
 * its bad cell marked; importing only when the file is clean, and then all rows at once.
 */
export function RosterImport({ classId }: { classId: string }) {
  const { t, tOr } = useI18n();
  const [file, setFile] = useState<File>();
  const [cells, setCells] = useState<string[][]>([]);
  const [preview, setPreview] = useState<Preview>();
  const [imported, setImported] = useState<number>();
  const check = useSubmit((chosen: File) => upload(classId, chosen, true), {
    onDone: (answer) => setPreview(answer as Preview),
  });
  const commit = useSubmit((chosen: File) => upload(classId, chosen, false), {
    invalidate: ['students'],
    onDone: (answer) => {
      setImported((answer as { imported: number }).imported);
      setPreview(undefined);
    },
  });
  const choose = async (chosen: File | undefined) => {
    setPreview(undefined);
    setImported(undefined);
    setFile(chosen);
    if (!chosen) return;
    setCells(csvRows(await chosen.text()));
    check.submit(chosen);
  };
  const header = cells[0] ?? [];
  const badRows = [...new Set(preview?.errors.map((e) => e.row) ?? [])];
  return (
    <section aria-labelledby="roster-import" className="panel">
      <h2 id="roster-import">{t('roster.title')}</h2>
      <p>{t('roster.hint')}</p>
      <input
        id="roster-file"
        className="visually-hidden"
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => {
          void choose(e.target.files?.[0]);
          e.target.value = ''; // the same file, fixed, can be chosen again
        }}
      />
      <label htmlFor="roster-file" className="file-button">
        {t('roster.choose')}
      </label>{' '}
      <span>{file?.name ?? t('offices.noFile')}</span>
      <Problem text={check.problem ?? commit.problem} />
      {imported !== undefined && <p role="status">{t('roster.imported', { count: imported })}</p>}
      {preview && (
        <div role="status">
          {preview.errors.length > 0 ? (
            <p className="problem">{t('roster.bad', { count: badRows.length })}</p>
          ) : (
            <p>{t('roster.ready', { count: preview.wouldImport })}</p>
          )}
        </div>
      )}
      {preview && preview.errors.length > 0 && (
        <div className="scroll">
          <table className="roster-problems">
            <caption>{t('roster.badRows')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roster.row')}</th>
                {header.map((name) => (
                  <th scope="col" key={name}>
                    {tOr(`roster.column.${name}`, 'offices.columnOther')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {badRows.map((row) => {
                const wrong = preview.errors.filter((e) => e.row === row).map((e) => e.column);
                return (
                  <tr key={row}>
                    <th scope="row">{row}</th>
                    {header.map((name, i) => (
                      <td key={name} className={wrong.includes(name) ? 'bad-cell' : undefined}>
                        {cells[row - 1]?.[i]}
                        {wrong.includes(name) && (
                          <small> — {tOr(`roster.fix.${name}`, 'roster.fix.other')}</small>
                        )}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {preview && preview.rows.length > 0 && (
        <details>
          <summary>{t('roster.goodRows', { count: preview.rows.length })}</summary>
          <ul>
            {preview.rows.map((r) => (
              <li key={r.row}>
                {r.row}. {r.fullName} — {r.address}
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview && preview.errors.length === 0 && file && (
        <button type="button" disabled={commit.pending} onClick={() => commit.submit(file)}>
          {t('roster.import', { count: preview.wouldImport })}
        </button>
      )}
    </section>
  );
}
