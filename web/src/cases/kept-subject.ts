/**
 * The subject a case keeps when its grade or language changes: the same while the new class
 * still studies it; otherwise none, with the one dropped named so the editor can say why.
 */
export function keptSubject(
  code: string,
  offered: { code: string }[] | undefined,
): { code: string; dropped?: string } {
  if (!offered || !code || offered.some((s) => s.code === code)) return { code };
  return { code: '', dropped: code };
}
