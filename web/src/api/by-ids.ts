/**
 * The distinct ids a screen names, blanks left out: records asked for one by one (an office, a
 * class) are each fetched once.
 */
export function distinctIds(ids: readonly (string | null | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => !!id))];
}
