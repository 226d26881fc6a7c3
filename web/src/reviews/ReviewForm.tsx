import { FormEvent, KeyboardEvent, useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useSubjectName } from '../cases/queries';
import { useI18n } from '../i18n/i18n';
import { FieldProblem, Problem } from '../ui/fields';
import { PdfPreview } from '../ui/PdfPreview';

type Packet = components['schemas']['PacketListItem'];
interface Verdict {
  mark: string;
  passed: boolean;
  comment: string;
}

/**
 * One paper: per case a mark 1-10, or passed/failed where the subject is assessed so, and a
 * comment; below, the feedback page drawn as the pupil's next packet will print it.
 * Ctrl+Enter saves.
 */
export function ReviewForm({
  packet,
  subjectCode,
  onReviewed,
  onRefused,
}: {
  packet: Packet;
  subjectCode?: string;
  onReviewed(): void;
  onRefused(message: string): void;
}) {
  const { t } = useI18n();
  const subjectName = useSubjectName();
  const cases = packet.cases.filter((c) => !subjectCode || c.subjectCode === subjectCode);
  const [verdicts, setVerdicts] = useState<Record<string, Verdict>>(() =>
    Object.fromEntries(cases.map((c) => [c.caseId, { mark: '', passed: true, comment: '' }])),
  );
  const save = useSubmit(
    () =>
      api.POST('/packets/{code}/review', {
        params: { path: { code: packet.code } },
        body: { caseReviews: reviews },
      }),
    { invalidate: ['packets'], onDone: onReviewed, refreshOnError: true, onRefused },
  );
  /** A changed value; the service's words about the field it changed go (it may be right now). */
  const change = (caseId: string, index: number, field: string, value: Partial<Verdict>) => {
    setVerdicts({ ...verdicts, [caseId]: { ...verdicts[caseId], ...value } });
    save.clear(`caseReviews.${index}.${field}`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(undefined, event.currentTarget);
  };
  const shortcut = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
  };
  const reviews = cases.map((c) => {
    const v = verdicts[c.caseId];
    return c.passFail
      ? { caseId: c.caseId, passed: v.passed, comment: v.comment }
      : { caseId: c.caseId, mark: Number(v.mark), comment: v.comment };
  });
  const complete = cases.every((c) => {
    const v = verdicts[c.caseId];
    const mark = Number(v.mark);
    return (
      v.comment.trim() !== '' && (c.passFail || (mark >= 1 && mark <= 10 && Number.isInteger(mark)))
    );
  });
  return (
    <div>
      <form
        onSubmit={submit}
        onKeyDown={shortcut}
        aria-labelledby="review-title"
        className="panel"
        noValidate
      >
        <h2 id="review-title">
          {packet.studentName}, {packet.classLabel} — {packet.code}
        </h2>
        {cases.map((c, index) => {
          const v = verdicts[c.caseId];
          const id = `review-${c.caseId}`;
          // The service names a refused field as caseReviews.<index>.<name>.
          const bad = (name: string) =>
            save.badFields[`caseReviews.${index}.${name}`] !== undefined;
          return (
            <fieldset key={c.caseId}>
              <legend>
                {subjectName(c.subjectCode, c.subjectName)}: {c.topic}
              </legend>
              {c.passFail ? (
                <div
                  role="radiogroup"
                  aria-label={t('reviews.result')}
                  aria-invalid={bad('passed') || undefined}
                  aria-describedby={bad('passed') ? `${id}-passed-problem` : undefined}
                  className="row-actions"
                >
                  <label className="check">
                    <input
                      type="radio"
                      name={`${id}-passed`}
                      checked={v.passed}
                      autoFocus={index === 0}
                      onChange={() => change(c.caseId, index, 'passed', { passed: true })}
                    />
                    {t('reviews.passed')}
                  </label>
                  <label className="check">
                    <input
                      type="radio"
                      name={`${id}-passed`}
                      checked={!v.passed}
                      onChange={() => change(c.caseId, index, 'passed', { passed: false })}
                    />
                    {t('reviews.failed')}
                  </label>
                  <FieldProblem
                    id={`${id}-passed-problem`}
                    text={bad('passed') && t('reviews.passedNeeded')}
                  />
                </div>
              ) : (
                <div className="field">
                  <label htmlFor={`${id}-mark`}>{t('reviews.mark')}</label>
                  <input
                    id={`${id}-mark`}
                    type="number"
                    min={1}
                    max={10}
                    required
                    autoFocus={index === 0}
                    aria-invalid={bad('mark') || undefined}
                    aria-describedby={bad('mark') ? `${id}-mark-problem` : undefined}
                    value={v.mark}
                    onChange={(e) => change(c.caseId, index, 'mark', { mark: e.target.value })}
                  />
                  <FieldProblem
                    id={`${id}-mark-problem`}
                    text={bad('mark') && t('reviews.markRange')}
                  />
                </div>
              )}
              <div className="field">
                <label htmlFor={`${id}-comment`}>{t('reviews.comment')}</label>
                <textarea
                  id={`${id}-comment`}
                  rows={3}
                  required
                  maxLength={2000}
                  aria-invalid={bad('comment') || undefined}
                  aria-describedby={bad('comment') ? `${id}-comment-problem` : undefined}
                  value={v.comment}
                  onChange={(e) => change(c.caseId, index, 'comment', { comment: e.target.value })}
                />
                <FieldProblem
                  id={`${id}-comment-problem`}
                  text={bad('comment') && t('reviews.commentNeeded')}
                />
              </div>
            </fieldset>
          );
        })}
        <Problem text={save.problem} />
        <button type="submit" disabled={save.pending}>
          {t('reviews.save')}
        </button>
        <small className="hint">{t('reviews.shortcut')}</small>
      </form>
      <PdfPreview
        path={`/packets/${packet.code}/review/preview.pdf`}
        body={{ caseReviews: reviews }}
        ready={complete}
        heading={t('reviews.preview')}
        frameTitle={t('reviews.previewFrame')}
        waiting={t('reviews.previewWaits')}
      />
    </div>
  );
}
