/** How long a clerk's answered scans stay listed at the station: one working shift. */
export const SHIFT_MS = 12 * 3_600_000;

interface Kept {
  seq?: number;
  userId: string;
  scannedAt: string;
  result?: unknown;
}

/**
 * Which stored scans to forget on a shared counter PC: every answered scan of another clerk,
 * this clerk's answered scans older than a shift (or all of them at sign-out). A scan the
 * service has not answered is never forgotten: it is someone's unsent work.
 */
export function scansToForget(
  scans: Kept[],
  userId: string,
  now: Date,
  signingOut = false,
): number[] {
  return scans
    .filter((s) => s.result !== undefined && s.seq !== undefined)
    .filter(
      (s) =>
        s.userId !== userId || signingOut || now.getTime() - Date.parse(s.scannedAt) > SHIFT_MS,
    )
    .map((s) => s.seq as number);
}
