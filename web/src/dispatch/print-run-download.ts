import { authorizedFetch } from '../api/client';
import { save } from '../api/download';
import { retryAfterMs } from '../api/retry-after';
import type { components } from '../api/schema';

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
