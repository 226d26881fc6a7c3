/** A subject's names, as the catalogue and the reports give them. */
interface Named {
  nameKk: string;
  nameRu: string;
  nameKy?: string | null;
}

/** A subject's name in the reader's language; Kyrgyz falls back to Kazakh, as packets print. */
export function subjectName(subject: Named, language: string): string {
  if (language === 'ru') return subject.nameRu;
  if (language === 'ky') return subject.nameKy ?? subject.nameKk;
  return subject.nameKk;
}
