import { useCallback, useEffect, useRef, useState } from 'react';
import { $api } from '../api/client';
import { downloadFile } from '../api/download';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

/**
 * Prepares one PDF of every class just dispatched (class order, each pupil on an odd page)
 * and shows how many packets are done, then offers the file.
 */
export function PrintJobPanel({ dispatchIds }: { dispatchIds: string[] }) {
  const { t, tOr } = useI18n();
  const [problem, setProblem] = useState<string>();
  // Starting a run is a change, never retried behind the person's back: a retry could render
  // the school's run twice. It starts once when the panel opens; a refusal offers a new try.
  const job = $api.useMutation('post', '/print-jobs', { retry: false });
  const { mutate } = job;
  const start = useCallback(() => mutate({ body: { dispatchIds } }), [mutate, dispatchIds]);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start();
  }, [start]);
  const progress = $api.useQuery(
    'get',
    '/print-jobs/{id}',
    { params: { path: { id: job.data?.id ?? '' } } },
    {
      enabled: !!job.data,
      refetchInterval: (query) => (query.state.data?.status === 'preparing' ? 500 : false),
    },
  );
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
      {job.isError && (
        <button type="button" onClick={start}>
          {t('common.retry')}
        </button>
      )}
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
