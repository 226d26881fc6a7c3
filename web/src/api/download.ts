import { authorizedFetch } from './client';
import { retryAfterMs } from './retry-after';
import type { components } from './schema';

/**
 * A file from the API saved by the browser. Links cannot carry the session's token, so the
 * file is fetched with it and handed to the browser as a download, under the name the service
 * gives it (class, day, time and dispatch), else `fileName`.
 */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  return save(await authorizedFetch(path), fileName);
}

/** A large dispatch's print run while a worker prepares it (the route answers 202). */
export type PreparingRun = components['schemas']['PrintJobView'];

/** The run followed failed and the service began another: the person is told, not kept waiting. */
export class PreparationFailed extends Error {}

/**
 * A file the service may first prepare (a large dispatch's print run): while it answers 202,
 * `onProgress` gets how far it is and the same address is asked again after Retry-After; the
 * file is saved once it comes.
 */
export async function downloadWhenReady(
  path: string,
  fileName: string,
  onProgress: (run: PreparingRun) => void,
  signal: AbortSignal,
): Promise<void> {
  let following: string | undefined;
  for (;;) {
    const response = await authorizedFetch(path, { signal });
    if (response.status !== 202) return save(response, fileName);
    const run = (await response.json()) as PreparingRun;
    if (following !== undefined && run.id !== following) throw new PreparationFailed();
    following = run.id;
    onProgress(run);
    await new Promise((resolve) =>
      setTimeout(resolve, retryAfterMs(response.headers.get('Retry-After'))),
    );
    if (signal.aborted) return;
  }
}

async function save(response: Response, fileName: string): Promise<void> {
  if (!response.ok) throw (await response.json()) as unknown;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = serverFileName(response.headers.get('Content-Disposition')) ?? fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The UTF-8 name of a Content-Disposition header (filename*=UTF-8''…). */
function serverFileName(header: string | null): string | undefined {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : undefined;
}
