/** An ILIKE pattern for text containing the words, where a typed % or _ means itself. */
export function containsPattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
