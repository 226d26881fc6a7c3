import { useEffect, useState } from 'react';
import { authorizedFetch } from '../api/client';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';

/** How long typing must pause before the pages are drawn again. */
const PAUSE_MS = 1200;

/**
 * The printed pages of the case as typed so far, drawn by the service's own PDF renderer, so
 * what the author sees is what the pupil will get. Redrawn when typing pauses.
 */
export function CasePreview({ body, ready }: { body: object; ready: boolean }) {
  const { t, tOr } = useI18n();
  const [url, setUrl] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const text = JSON.stringify(body);
  useEffect(() => {
    if (!ready) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      authorizedFetch('/cases/preview.pdf', {
        method: 'POST',
        signal: abort.signal,
        headers: { 'Content-Type': 'application/json' },
        body: text,
      })
        .then(async (response) => {
          if (!response.ok) throw await response.json();
          const next = URL.createObjectURL(await response.blob());
          setUrl((previous) => {
            if (previous) URL.revokeObjectURL(previous);
            return next;
          });
          setProblem(undefined);
        })
        .catch((error: unknown) => {
          if (abort.signal.aborted) return;
          const { key, values } = errorMessageKey(error);
          setProblem(tOr(key, 'errors.unknown', values));
        })
        .finally(() => setBusy(false));
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text, ready, tOr]);
  return (
    <section aria-labelledby="case-preview" className="preview" aria-busy={busy}>
      <h2 id="case-preview">{t('editor.preview')}</h2>
      {!ready && <p>{t('editor.previewWaits')}</p>}
      {problem && <p className="problem">{problem}</p>}
      {url && <iframe title={t('editor.previewFrame')} src={url} />}
    </section>
  );
}
