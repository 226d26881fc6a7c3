import { FormEvent, useState } from 'react';
import type { SessionUser } from '../auth/session';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { FieldProblem, Problem } from '../ui/fields';
import { formatDateTime } from '../ui/format';

type Review = components['schemas']['PacketReviewView'];
/** Who may set anyone's review right; a teacher only their own (the service checks the same). */
const OVERSEERS: SessionUser['role'][] = ['director', 'deputy_academic', 'deputy_upbringing'];

/** The marks and comments saved for a packet's work, each correctable until it is printed. */
export function PacketReviews({
  code,
  reviews,
  user,
}: {
  code: string;
  reviews: Review[];
  user: SessionUser;
}) {
  const { t, language } = useI18n();
  if (reviews.length === 0) return null;
  const mayCorrect = (r: Review) => r.reviewerId === user.id || OVERSEERS.includes(user.role);
  return (
    <section aria-labelledby="packet-reviews">
      <h2 id="packet-reviews">{t('packetReviews.title')}</h2>
      <ul className="plain">
        {reviews.map((r) => (
          <li key={r.caseId}>
            <h3>
              {r.subjectName}: {r.topic}
            </h3>
            <p>
              <strong>
                {r.passed === null
                  ? t('reports.mark', { mark: r.mark ?? '—' })
                  : t(r.passed ? 'reviews.passed' : 'reviews.failed')}
              </strong>
              {' — '}
              {r.comment}
            </p>
            <small className="hint">
              {t('packetReviews.by', {
                name: r.reviewerName,
                at: formatDateTime(r.reviewedAt, language),
              })}
              {!r.correctable && ` ${t('packetReviews.printed')}`}
            </small>
            {r.correctable && mayCorrect(r) && <CorrectReview code={code} review={r} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The mark (or pass) and comment of one saved review, set right; the service audits the change. */
function CorrectReview({ code, review }: { code: string; review: Review }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [mark, setMark] = useState(String(review.mark ?? ''));
  const [passed, setPassed] = useState(review.passed ?? true);
  const [comment, setComment] = useState(review.comment);
  const passFail = review.passed !== null;
  const save = useSubmit(
    () =>
      api.PATCH('/packets/{code}/reviews/{caseId}', {
        params: { path: { code, caseId: review.caseId } },
        body: passFail ? { passed, comment } : { mark: Number(mark), comment },
      }),
    { invalidate: ['packets'], onDone: () => setOpen(false) },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(undefined);
  };
  if (!open)
    return (
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('packetReviews.correct')}
      </button>
    );
  const id = `correct-review-${review.caseId}`;
  const markProblem = save.field('mark');
  const commentProblem = save.field('comment');
  return (
    <form onSubmit={submit} className="panel" aria-label={t('packetReviews.correct')} noValidate>
      {passFail ? (
        <div role="radiogroup" aria-label={t('reviews.result')} className="row-actions">
          <label className="check">
            <input type="radio" checked={passed} onChange={() => setPassed(true)} />
            {t('reviews.passed')}
          </label>
          <label className="check">
            <input type="radio" checked={!passed} onChange={() => setPassed(false)} />
            {t('reviews.failed')}
          </label>
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
            aria-invalid={markProblem.invalid || undefined}
            aria-describedby={markProblem.invalid ? `${id}-mark-problem` : undefined}
            value={mark}
            onChange={(e) => setMark(e.target.value)}
          />
          <FieldProblem
            id={`${id}-mark-problem`}
            text={markProblem.invalid && t('reviews.markRange')}
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
          aria-invalid={commentProblem.invalid || undefined}
          aria-describedby={commentProblem.invalid ? `${id}-comment-problem` : undefined}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        <FieldProblem
          id={`${id}-comment-problem`}
          text={commentProblem.invalid && t('reviews.commentNeeded')}
        />
      </div>
      <Problem text={save.problem} />
      <div className="row-actions">
        <button type="submit" disabled={save.pending}>
          {t('packetReviews.save')}
        </button>
        <button type="button" className="link" onClick={() => setOpen(false)}>
          {t('records.cancel')}
        </button>
      </div>
    </form>
  );
}
