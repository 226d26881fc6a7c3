import { authorizedFetch } from './client';

/**
 * A file from the API saved by the browser. Links cannot carry the session's token, so the
 * file is fetched with it and handed to the browser as a download, under the name the service
 * gives it (class, day, time and dispatch), else `fileName`.
 */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  return save(await authorizedFetch(path), fileName);
}

/** Hands a file answer to the browser as a download; a refusal is thrown as its body. */
export async function save(response: Response, fileName: string): Promise<void> {
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
export function serverFileName(header: string | null): string | undefined {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (!encoded) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    // A name the service did not encode as it should: the screen's own name is used instead.
    return undefined;
  }
}
