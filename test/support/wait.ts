export interface WaitOptions {
  /** What is waited for, named in the error when it does not come. */
  what?: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * The one way tests wait for something another process or a background job does: reads until
 * `done` holds for what was read (by default: it is truthy) and returns it, or fails naming
 * what did not happen and the last value read.
 */
export async function waitFor<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean = Boolean,
  { what = 'a condition', timeoutMs = 30_000, intervalMs = 100 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}; last: ${preview(value)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value); // a response or another circular object
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
