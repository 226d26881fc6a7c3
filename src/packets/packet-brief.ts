/** "Әлиев Нұрсұлтан Ерланұлы" -> "Ә. Н. Е." */
export function initialsOf(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0].toUpperCase()}.`)
    .join(' ');
}
