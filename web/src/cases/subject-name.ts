import type { components } from '../api/schema';

type Subject = components['schemas']['Subject'];

export function subjectName(subject: Subject, language: string): string {
  return language === 'ru' ? subject.nameRu : subject.nameKk;
}
