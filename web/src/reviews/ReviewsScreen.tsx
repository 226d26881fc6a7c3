import { useState } from 'react';
import { $api } from '../api/client';
import { useClasses } from '../classes/queries';
import { useSubjectName } from '../cases/queries';
import { useI18n } from '../i18n/i18n';
import { Problem, SelectField } from '../ui/fields';
import { byClass, classLabel } from '../ui/format';
import { ReviewForm } from './ReviewForm';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { ShowMore } from '../ui/ShowMore';

/**
 * The teacher's stack of collected work: pick class and subject, then review paper after
 * paper; saving one opens the next, so 25 papers go by keyboard alone.
 */
export function ReviewsScreen() {
  const { t } = useI18n();
  const classes = byClass(useClasses().data?.items ?? []);
  const [classId, setClassId] = useState('');
  const [subjectCode, setSubjectCode] = useState('');
  const [current, setCurrent] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const query = {
    status: 'collected' as const,
    classId: classId || undefined,
    subjectCode: subjectCode || undefined,
  };
  const inbox = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/packets',
      { params: { query: { ...query, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  const items = inbox.items;
  const subjectName = useSubjectName();
  const subjects = new Map(
    items.flatMap((p) =>
      p.cases.map((c) => [c.subjectCode, subjectName(c.subjectCode, c.subjectName)]),
    ),
  );
  const packet = items.find((p) => p.code === current) ?? items[0];
  const next = () => {
    setRefusal(undefined);
    const index = items.findIndex((p) => p.code === packet?.code);
    setCurrent(items[index + 1]?.code);
  };
  return (
    <main className="wide">
      <h1>{t('reviews.title')}</h1>
      <div className="filters">
        <SelectField
          id="reviews-class"
          label={t('classes.class')}
          value={classId}
          onChange={(e) => setClassId(e.target.value)}
        >
          <option value="">{t('common.all')}</option>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {classLabel(c)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="reviews-subject"
          label={t('cases.subject')}
          value={subjectCode}
          onChange={(e) => setSubjectCode(e.target.value)}
        >
          <option value="">{t('common.all')}</option>
          {[...subjects].map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
      </div>
      <p role="status">{t('reviews.waiting', { count: inbox.total })}</p>
      <Problem text={refusal} />
      {items.length > 0 && packet && (
        <div className="review-layout">
          <nav aria-label={t('reviews.stack')} className="stack">
            <ol>
              {items.map((p) => (
                <li key={p.code}>
                  <button
                    type="button"
                    className="link"
                    aria-current={p.code === packet.code ? 'true' : undefined}
                    onClick={() => setCurrent(p.code)}
                  >
                    {p.studentName} ({p.classLabel})
                  </button>
                </li>
              ))}
            </ol>
            <ShowMore list={inbox} />
          </nav>
          <ReviewForm
            key={packet.code}
            packet={packet}
            subjectCode={subjectCode || undefined}
            onReviewed={next}
            onRefused={setRefusal}
          />
        </div>
      )}
    </main>
  );
}
