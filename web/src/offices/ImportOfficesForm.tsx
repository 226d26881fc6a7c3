import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { dataOf, errorBody, errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { FileField } from '../ui/FileField';
import type { components } from '../api/schema';
import { refreshResources } from '../api/resources';

type ClosedOffice = components['schemas']['ClosedOfficeView'];

/**
 * Kazpost's branch list as a CSV: new branches added, changed ones corrected by postcode, the
 * bad rows named; offices the list no longer names are listed, never removed.
 */
export function ImportOfficesForm() {
  const { t, tOr } = useI18n();
  const queries = useQueryClient();
  const [file, setFile] = useState<File>();
  const [outcome, setOutcome] = useState<string>();
  const [rows, setRows] = useState<{ row: number; column: string }[]>([]);
  const [closed, setClosed] = useState<{ closedTotal: number; closed: ClosedOffice[] }>();
  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      return dataOf(
        await api.POST('/post-offices/import', { body: {} as never, bodySerializer: () => form }),
      );
    },
    onSuccess: async (data) => {
      setRows([]);
      setOutcome(
        t('offices.imported', {
          imported: data.imported,
          updated: data.updated,
          skipped: data.skipped,
        }),
      );
      setClosed(data.closedTotal > 0 ? data : undefined);
      await refreshResources(queries, ['post-offices']);
    },
    onError: (error) => {
      const { key, values } = errorMessageKey(error);
      setOutcome(tOr(key, 'errors.unknown', values));
      setClosed(undefined);
      const details = errorBody(error)?.details as
        { errors?: { row: number; column: string }[] } | undefined;
      setRows(details?.errors ?? []);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file && !upload.isPending) upload.mutate(file);
  };
  return (
    <form onSubmit={submit} aria-labelledby="import-offices" noValidate>
      <h2 id="import-offices">{t('offices.import')}</h2>
      <p>{t('offices.importHint')}</p>
      <FileField
        id="office-file"
        label={t('offices.file')}
        accept=".csv,text/csv"
        fileName={file?.name}
        onFile={setFile}
      />
      {outcome && <p role="status">{outcome}</p>}
      {closed && (
        <section aria-labelledby="closed-offices">
          <h3 id="closed-offices">{t('offices.closed', { count: closed.closedTotal })}</h3>
          <ul>
            {closed.closed.map((office) => (
              <li key={office.id}>
                {office.postcode} {office.name}
                {office.inUse && ` (${t('offices.closedInUse')})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {rows.length > 0 && (
        <ul className="problem">
          {rows.map((r) => (
            <li key={`${r.row}-${r.column}`}>
              {t('offices.badRow', {
                row: r.row,
                column: tOr(`offices.${r.column}`, 'offices.columnOther'),
              })}
            </li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={!file || upload.isPending}>
        {t('offices.upload')}
      </button>
    </form>
  );
}
