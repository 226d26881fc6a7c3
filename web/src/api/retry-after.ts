/** Seconds a service's Retry-After asks for, kept between 1 and 30; 2 when it says none. */
export function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  if (!header || !Number.isFinite(seconds)) return 2000;
  return Math.min(30, Math.max(1, seconds)) * 1000;
}
