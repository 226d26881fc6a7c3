import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { downloadFile } from '../api/download';
import { dataOf, errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

/**
 * Prepares one PDF of every class just dispatched (class order, each pupil on an odd page)
 * and shows how many packets are done, then offers the file.
 */
export function PrintJobPanel({ dispatchIds }: { dispatchIds: string[] }) {
  const { t, tOr } = useI18n();
  const [problem, setProblem] = useState<string>();
  const job = useQuery({
    queryKey: ['print-job', dispatchIds],
    staleTime: Infinity,
    queryFn: async () => dataOf(await api.POST('/print-jobs', { body: { dispatchIds } })),
  });
  const progress = useQuery({
    queryKey: ['print-job', job.data?.id],
    enabled: !!job.data,
    queryFn: async () =>
      (await api.GET('/print-jobs/{id}', { params: { path: { id: job.data!.id } } })).data,
    refetchInterval: (query) => (query.state.data?.status === 'preparing' ? 500 : false),
  });
  const state = progress.data ?? job.data;
  const failure = job.error ?? progress.error;
  const fetchFile = () => {
    if (!state) return;
    setProblem(undefined);
    downloadFile(`/print-jobs/${state.id}/packets.pdf`, state.fileName).catch((error: unknown) => {
      const { key, values } = errorMessageKey(error);
      setProblem(tOr(key, 'errors.unknown', values));
    });
  };
  return (
    <section aria-labelledby="print-run" className="panel">
      <h2 id="print-run">{t('print.title')}</h2>
      {failure && <Problem text={tOr(errorMessageKey(failure).key, 'errors.unknown')} />}
      {state && state.status !== 'ready' && (
        <>
          <label htmlFor="print-progress">
            {state.status === 'failed'
              ? t('print.failed')
              : t('print.progress', { done: state.done, total: state.total })}
          </label>
          <progress id="print-progress" value={state.done} max={state.total} />
        </>
      )}
      {state?.status === 'ready' && (
        <>
          <p role="status">{t('print.ready', { total: state.total })}</p>
          <button type="button" onClick={fetchFile}>
            {t('print.download')}
          </button>
          <p className="hint">{t('print.duplexHint')}</p>
        </>
      )}
      <Problem text={problem} />
    </section>
  );
}
