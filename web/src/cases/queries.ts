import { $api, api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { subjectName } from './subject-name';

/** The subject catalogue a case is written for, by grade and language. */
export const useSubjects = (grade?: number, language?: 'kk' | 'ru' | 'ky') =>
  $api.useQuery('get', '/subjects', { params: { query: { grade, language } } });

/**
 * A subject's name in the reader's language, from the subject catalogue: the one source every
 * screen names subjects from (the timetable, the reports, the review stack alike). Until the
 * catalogue has loaded, or for a code it lacks, the name the caller has (as a packet printed it).
 */
export function useSubjectName(): (code: string, printed?: string) => string {
  const { language } = useI18n();
  const subjects = useSubjects();
  return (code, printed) => {
    const found = subjects.data?.items.find((s) => s.code === code);
    return found ? subjectName(found, language) : (printed ?? code);
  };
}

/** A case's picture as it prints (grey PNG), for the editor to show. */
export const useCasePicture = (caseId: string, imageId: string) =>
  $api.useQuery('get', '/cases/{id}/images/{imageId}/picture.png', {
    params: { path: { id: caseId, imageId } },
    parseAs: 'blob',
  });

export function addCasePicture(caseId: string, file: File, caption: string) {
  const form = new FormData();
  form.append('caption', caption);
  form.append('file', file);
  return api.POST('/cases/{id}/images', {
    params: { path: { id: caseId } },
    body: {} as never,
    bodySerializer: () => form,
  });
}

export const captionCasePicture = (caseId: string, imageId: string, caption: string) =>
  api.PATCH('/cases/{id}/images/{imageId}', {
    params: { path: { id: caseId, imageId } },
    body: { caption },
  });

export const removeCasePicture = (caseId: string, imageId: string) =>
  api.DELETE('/cases/{id}/images/{imageId}', { params: { path: { id: caseId, imageId } } });
