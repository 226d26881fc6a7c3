import { useEffect, useId, useState } from 'react';
import { authorizedFetch } from '../api/client';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';

/** How long typing must pause before the pages are drawn again. */
const PAUSE_MS = 1200;

interface Props {
  /** The API route that draws the PDF from `body`. */
  path: string;
  body: object;
  /** Whether `body` is complete enough to draw. */
  ready: boolean;
  heading: string;
  frameTitle: string;
  waiting: string;
}

/**
 * Pages drawn by the service's own PDF renderer from what is typed so far, so what the person
 * sees is what the pupil will get. Redrawn when typing pauses.
 */
export function PdfPreview({ path, body, ready, heading, frameTitle, waiting }: Props) {
  const { tOr } = useI18n();
  const headingId = useId();
  const [url, setUrl] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const text = JSON.stringify(body);
  useEffect(() => {
    if (!ready) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      authorizedFetch(path, {
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
  }, [path, text, ready, tOr]);
  return (
    <section aria-labelledby={headingId} className="preview" aria-busy={busy}>
      <h2 id={headingId}>{heading}</h2>
      {!ready && <p>{waiting}</p>}
      {problem && <p className="problem">{problem}</p>}
      {url && <iframe title={frameTitle} src={url} />}
    </section>
  );
}
