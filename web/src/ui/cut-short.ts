/** A list read whole up to the service's cap: how many rows the cap left out (0 when none). */
export function leftOut(page: { items: unknown[]; total: number } | undefined): number {
  return page ? Math.max(0, page.total - page.items.length) : 0;
}
