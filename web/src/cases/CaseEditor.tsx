import { FormEvent, useEffect, useState } from 'react';
import { continuousStudyLimit } from '@domain/cases/study-limits';
import type { SessionUser } from '../auth/session';
import { $api, api } from '../api/client';
import { errorMessageKey } from '../api/errors';
import { useSubjectName, useSubjects } from './queries';
import { keptSubject } from './kept-subject';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { FieldError, Problem, SelectField, TextField } from '../ui/fields';
import { LanguageOptions } from '../ui/options';
import { PdfPreview } from '../ui/PdfPreview';
import { navigate } from '../ui/router';
import { RecordActions } from '../ui/RecordActions';
import { AddToNextPacket } from '../schedule/AddToNextPacket';
import { AnswerLinesField } from './AnswerLinesField';
import { CasePictures } from './CasePictures';
import { ListField } from './ListField';
import { answerLinesOf, QuestionDraft, questionDrafts } from './questions';
import { subjectName } from './subject-name';

type CaseView = components['schemas']['CaseView'];
const BLANK_QUESTION: QuestionDraft = { text: '', lines: '' };
type NewCase = components['schemas']['CreateCaseDto'];
type PreviewCase = components['schemas']['PreviewCaseDto'];
type CaseImage = components['schemas']['CaseImage'];
/**
 * A case's content, keyed by what PATCH /cases/{id} takes: a field that route does not take
 * (the school, fixed when the case is written) fails the type check in contentOf.
 */
type CaseContent = Required<Omit<components['schemas']['UpdateCaseDto'], 'answerLines'>> &
  Pick<components['schemas']['UpdateCaseDto'], 'answerLines'>;

const draftOf = (from?: CaseView) => ({
  grade: String(from?.grade ?? 5),
  language: from?.language ?? 'kk',
  subjectCode: from?.subjectCode ?? '',
  topic: from?.topic ?? '',
  textbookTitle: from?.textbook.title ?? '',
  textbookPages: from?.textbook.pages ?? '',
  summary: from?.summary ?? '',
  questions: from ? questionDrafts(from.questions, from.answerLines) : [BLANK_QUESTION],
  materials: from?.materials ?? [],
  feedback: from?.feedback ?? '',
  estimatedMinutes: String(from?.estimatedMinutes ?? 30),
});
type Draft = ReturnType<typeof draftOf>;

function contentOf(draft: Draft): CaseContent {
  return {
    grade: Number(draft.grade),
    language: draft.language,
    subjectCode: draft.subjectCode,
    topic: draft.topic,
    textbook: { title: draft.textbookTitle, pages: draft.textbookPages },
    summary: draft.summary,
    questions: draft.questions.map((q) => q.text),
    answerLines: answerLinesOf(draft.questions),
    materials: draft.materials.filter((m) => m.trim()),
    feedback: draft.feedback,
    estimatedMinutes: Number(draft.estimatedMinutes),
  };
}

/** Every field of a case with the printed pages beside it; a new case, an edit, or a copy. */
export function CaseEditor({
  user,
  caseId,
  copyOf,
  justSaved = false,
}: {
  user: SessionUser;
  caseId?: string;
  copyOf?: string;
  /** Opened right after the case was first saved: say so. */
  justSaved?: boolean;
}) {
  const { tOr } = useI18n();
  const sourceId = caseId ?? copyOf;
  const source = $api.useQuery(
    'get',
    '/cases/{id}',
    { params: { path: { id: sourceId ?? '' } } },
    { enabled: !!sourceId, retry: false, meta: { ownError: true } },
  );
  const [draft, setDraft] = useState<Draft>();
  // Read once per case: a refetch (after a picture is added) keeps what is being typed.
  const [loadedFor, setLoadedFor] = useState<string>();
  useEffect(() => {
    if (!sourceId) setDraft(draftOf());
    else if (source.data && loadedFor !== sourceId) {
      setDraft(draftOf(source.data));
      setLoadedFor(sourceId);
    }
  }, [sourceId, source.data, loadedFor]);
  // A link to a case that is gone (or another school's) says so, instead of loading forever.
  if (source.isError)
    return (
      <main>
        <Problem text={tOr(errorMessageKey(source.error).key, 'errors.unknown')} />
      </main>
    );
  if (!draft) return <main aria-busy="true" />;
  return (
    <CaseForm
      key={sourceId ?? 'new'}
      user={user}
      caseId={caseId}
      archived={!!caseId && !!source.data?.archivedAt}
      copyOf={copyOf}
      justSaved={justSaved}
      draft={draft}
      setDraft={setDraft}
      images={source.data?.images ?? []}
      sourceLanguage={source.data?.language}
    />
  );
}

function CaseForm({
  user,
  caseId,
  archived,
  copyOf,
  justSaved,
  draft,
  setDraft,
  images,
  sourceLanguage,
}: {
  user: SessionUser;
  caseId?: string;
  archived: boolean;
  copyOf?: string;
  justSaved: boolean;
  draft: Draft;
  setDraft(draft: Draft): void;
  /** The saved case's pictures, or (a copy) those of the case copied, which come along. */
  images: CaseImage[];
  /** The language the case (or the one copied) was written in. */
  sourceLanguage?: CaseView['language'];
}) {
  const { t, language: uiLanguage } = useI18n();
  const [captions, setCaptions] = useState<Record<string, string>>({});
  const subjects = useSubjects(Number(draft.grade), draft.language);
  const nameOf = useSubjectName();
  const [dropped, setDropped] = useState<string>();
  // A new grade or language keeps the subject while the class still studies it, else says why not.
  useEffect(() => {
    const kept = keptSubject(draft.subjectCode, subjects.data?.items);
    if (!kept.dropped) return;
    setDropped(kept.dropped);
    setDraft({ ...draft, subjectCode: kept.code });
  }, [subjects.data, draft, setDraft]);
  const content = contentOf(draft);
  // Named even with no pictures: the audit log says what the copy was made from.
  const copied = copyOf ? { copyPicturesOf: copyOf } : {};
  const body: NewCase = { ...content, schoolId: user.schoolId ?? '', ...copied };
  const pictureCase = caseId ?? copyOf;
  // The preview shows the saved (or copied) pictures with the captions as typed.
  const previewBody: PreviewCase = pictureCase
    ? {
        ...content,
        schoolId: body.schoolId,
        caseId: pictureCase,
        images: images.map((i) => ({ id: i.id, caption: captions[i.id] ?? i.caption })),
      }
    : body;
  // A new case opens as saved, to take pictures and go into a packet; an edit returns to the
  // library, which says which case was saved.
  const save = useSubmit(
    () =>
      caseId
        ? api.PATCH('/cases/{id}', { params: { path: { id: caseId } }, body: content })
        : api.POST('/cases', { body }),
    {
      invalidate: ['cases'],
      onDone: (saved) =>
        navigate(
          caseId ? `/cases?saved=${encodeURIComponent(saved.topic)}` : `/cases/${saved.id}?saved`,
        ),
    },
  );
  const set = (name: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [name]: e.target.value });
  const limit = continuousStudyLimit(Number(draft.grade));
  const tooLong = limit !== undefined && Number(draft.estimatedMinutes) > limit;
  const ready =
    !!draft.subjectCode &&
    [draft.topic, draft.textbookTitle, draft.textbookPages, draft.summary, draft.feedback].every(
      (v) => v.trim(),
    ) &&
    draft.questions.length > 0 &&
    draft.questions.every((q) => q.text.trim());
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    save.submit(undefined, form);
    // The first field to correct comes into sight: the words beside it say what to do.
    form.querySelector<HTMLElement>('input:invalid, select:invalid, textarea:invalid')?.focus();
  };
  return (
    <main className="wide">
      <h1>
        {caseId ? t('editor.editTitle') : copyOf ? t('editor.copyTitle') : t('editor.newTitle')}
      </h1>
      {justSaved && <p role="status">{t('editor.saved')}</p>}
      <div className="editor">
        <form onSubmit={submit} aria-label={t('editor.form')} noValidate>
          <div className="inline-fields">
            <TextField
              id="case-grade"
              label={t('cases.grade')}
              type="number"
              min={0}
              max={12}
              required
              {...save.field('grade')}
              value={draft.grade}
              onChange={set('grade')}
            />
            <SelectField
              id="case-language"
              label={t('cases.language')}
              value={draft.language}
              onChange={set('language')}
            >
              <LanguageOptions />
            </SelectField>
          </div>
          {copyOf && sourceLanguage && sourceLanguage !== draft.language && (
            <p className="notice" role="status">
              {t('editor.translateCopy', {
                from: t(`language.${sourceLanguage}`),
                to: t(`language.${draft.language}`),
                pictures: images.length,
              })}
            </p>
          )}
          <SelectField
            id="case-subject"
            label={t('cases.subject')}
            required
            hint={
              dropped &&
              t('editor.subjectDropped', {
                subject: nameOf(dropped),
                grade: draft.grade,
                language: t(`language.${draft.language}`),
              })
            }
            {...save.field('subjectCode')}
            value={draft.subjectCode}
            onChange={(e) => {
              setDropped(undefined);
              set('subjectCode')(e);
            }}
          >
            <option value="">{t('common.choose')}</option>
            {(subjects.data?.items ?? []).map((s) => (
              <option key={s.code} value={s.code}>
                {subjectName(s, uiLanguage)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="case-topic"
            label={t('cases.topic')}
            required
            maxLength={300}
            {...save.field('topic')}
            value={draft.topic}
            onChange={set('topic')}
          />
          <div className="inline-fields">
            <TextField
              id="case-textbook"
              label={t('editor.textbook')}
              required
              maxLength={200}
              {...save.field('textbook.title')}
              value={draft.textbookTitle}
              onChange={set('textbookTitle')}
            />
            <TextField
              id="case-pages"
              label={t('editor.pages')}
              hint={t('editor.pagesHint')}
              required
              maxLength={50}
              {...save.field('textbook.pages')}
              value={draft.textbookPages}
              onChange={set('textbookPages')}
            />
          </div>
          <div className="field">
            <label htmlFor="case-summary">{t('editor.summary')}</label>
            <textarea
              id="case-summary"
              rows={8}
              required
              maxLength={6000}
              aria-invalid={save.field('summary').invalid || undefined}
              aria-describedby={save.field('summary').error ? 'case-summary-error' : undefined}
              value={draft.summary}
              onChange={set('summary')}
              onInput={save.field('summary').onInput}
            />
            <FieldError id="case-summary" text={save.field('summary').error} />
          </div>
          <ListField
            id="case-question"
            legend={t('editor.questions')}
            itemLabel={t('editor.question')}
            items={draft.questions}
            max={30}
            maxLength={1000}
            invalid={save.field('questions').invalid || save.field('answerLines').invalid}
            error={save.field('questions').error ?? save.field('answerLines').error}
            text={(q) => q.text}
            withText={(q, text) => ({ ...q, text })}
            blank={BLANK_QUESTION}
            extra={(q, index, change) => (
              <AnswerLinesField
                id={`case-lines-${index}`}
                number={index + 1}
                question={q}
                onChange={(lines) => change({ ...q, lines })}
              />
            )}
            onChange={(questions) => setDraft({ ...draft, questions })}
          />
          <ListField
            id="case-material"
            legend={t('editor.materials')}
            itemLabel={t('editor.material')}
            items={draft.materials}
            max={20}
            maxLength={1000}
            text={(m) => m}
            withText={(_, text) => text}
            blank=""
            onChange={(materials) => setDraft({ ...draft, materials })}
          />
          <CasePictures
            caseId={caseId}
            copied={copyOf ? images.length : 0}
            images={images}
            captions={captions}
            setCaption={(id, caption) => setCaptions({ ...captions, [id]: caption })}
          />
          <div className="field">
            <label htmlFor="case-feedback">{t('editor.feedback')}</label>
            <textarea
              id="case-feedback"
              rows={3}
              required
              maxLength={2000}
              aria-invalid={save.field('feedback').invalid || undefined}
              aria-describedby={save.field('feedback').error ? 'case-feedback-error' : undefined}
              value={draft.feedback}
              onChange={set('feedback')}
              onInput={save.field('feedback').onInput}
            />
            <FieldError id="case-feedback" text={save.field('feedback').error} />
          </div>
          <TextField
            id="case-minutes"
            label={t('editor.minutes')}
            type="number"
            min={1}
            max={240}
            required
            {...save.field('estimatedMinutes')}
            aria-describedby="case-minutes-warning"
            value={draft.estimatedMinutes}
            onChange={set('estimatedMinutes')}
          />
          <p id="case-minutes-warning" className={tooLong ? 'notice' : 'hint'} aria-live="polite">
            {tooLong
              ? t('editor.tooLong', { limit: limit, grade: draft.grade })
              : limit !== undefined && t('editor.limit', { limit: limit })}
          </p>
          <Problem text={save.problem} />
          <button type="submit" disabled={save.pending}>
            {t('common.save')}
          </button>
          {caseId && <SavedCaseActions caseId={caseId} archived={archived} />}
          {caseId && !archived && <AddToNextPacket caseId={caseId} user={user} />}
        </form>
        <PdfPreview
          path="/cases/preview.pdf"
          body={previewBody}
          ready={ready}
          heading={t('editor.preview')}
          frameTitle={t('editor.previewFrame')}
          waiting={t('editor.previewWaits')}
        />
      </div>
    </main>
  );
}

/** A saved case goes to the archive (out of the library and the dispatch choice) or, unsent, away. */
function SavedCaseActions(props: { caseId: string; archived: boolean }) {
  const { t } = useI18n();
  const path = { params: { path: { id: props.caseId } } };
  return (
    <section className="panel" aria-label={t('records.manage')}>
      {props.archived && <p role="status">{t('editor.archivedNote')}</p>}
      <RecordActions
        archived={props.archived}
        archive={() => api.POST('/cases/{id}/archive', path)}
        restore={() => api.POST('/cases/{id}/restore', path)}
        remove={() => api.DELETE('/cases/{id}', path)}
        invalidate={['cases']}
        onRemoved={() => navigate('/cases')}
      />
    </section>
  );
}
