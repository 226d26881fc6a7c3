import { useEffect, useId, useRef, useState } from 'react';
import { authorizedFetch } from '../api/client';
import { errorMessageKey } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { drawPdfPages } from './pdf-pages';

/** How long typing must pause before the pages are drawn again. */
const PAUSE_MS = 1200;
/** When the renderer is busy and does not say how long: wait this long before asking again. */
const BUSY_RETRY_SECONDS = 3;

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

type State = 'idle' | 'drawing' | 'busy' | 'failed';

/**
 * Pages drawn by the service's own PDF renderer from what is typed so far, so what the person
 * sees is what the pupil will get. Redrawn when typing pauses; a newer request cancels the
 * older one, and a busy renderer (429) is asked again after the time it names.
 */
export function PdfPreview({ path, body, ready, heading, frameTitle, waiting }: Props) {
  const { t, tOr } = useI18n();
  const headingId = useId();
  const pages = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>('idle');
  const [problem, setProblem] = useState<string>();
  const [drawn, setDrawn] = useState(false);
  const text = JSON.stringify(body);
  useEffect(() => {
    if (!ready) return;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    const ask = async (): Promise<void> => {
      setState('drawing');
      const response = await authorizedFetch(path, {
        method: 'POST',
        signal: abort.signal,
        headers: { 'Content-Type': 'application/json' },
        body: text,
      });
      if (response.status === 429) {
        setState('busy');
        const seconds = Number(response.headers.get('Retry-After')) || BUSY_RETRY_SECONDS;
        timer = setTimeout(() => void ask().catch(fail), seconds * 1000);
        return;
      }
      if (!response.ok) throw await response.json();
      const data = await response.arrayBuffer();
      if (abort.signal.aborted || !pages.current) return;
      await drawPdfPages(data, pages.current, (page, count) =>
        t('preview.page', { page, pages: count }),
      );
      setDrawn(true);
      setProblem(undefined);
      setState('idle');
    };
    const fail = (error: unknown) => {
      if (abort.signal.aborted) return;
      const { key, values } = errorMessageKey(error);
      setProblem(tOr(key, 'errors.unknown', values));
      setState('failed');
    };
    timer = setTimeout(() => void ask().catch(fail), PAUSE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [path, text, ready, t, tOr]);
  return (
    <section aria-labelledby={headingId} className="preview" aria-busy={state === 'drawing'}>
      <h2 id={headingId}>{heading}</h2>
      {!ready && <p>{waiting}</p>}
      {state === 'busy' && <p role="status">{t('preview.busy')}</p>}
      {problem && <p className="problem">{problem}</p>}
      {/* Scrolled by keyboard too: the pages are often taller than the screen. */}
      <div
        ref={pages}
        className="pages"
        role="group"
        aria-label={frameTitle}
        tabIndex={0}
        hidden={!drawn}
      />
    </section>
  );
}
