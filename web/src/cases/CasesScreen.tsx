import { useState } from 'react';
import type { SessionUser } from '../auth/session';
import { $api, api } from '../api/client';
import { useStaff } from '../staff/queries';
import { useSubjects } from './queries';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { RecordActions } from '../ui/RecordActions';
import { ShowMore } from '../ui/ShowMore';
import { useI18n } from '../i18n/i18n';
import { SelectField, TextField } from '../ui/fields';
import { LanguageOptions } from '../ui/options';
import { byName } from '../ui/format';
import { Link } from '../ui/router';
import { subjectName } from './subject-name';
import { ScrollRegion } from '../ui/ScrollRegion';

type Language = 'kk' | 'ru' | 'ky';
const path = (id: string) => ({ params: { path: { id } } });
const GRADES = Array.from({ length: 13 }, (_, grade) => grade);

/**
 * The school's cases, found by grade, subject, language, author or words; new, edit, copy.
 * Opened after an edit was saved (`savedTopic`), it says so.
 */
export function CasesScreen({ user, savedTopic }: { user: SessionUser; savedTopic?: string }) {
  const { t, language: uiLanguage } = useI18n();
  const [grade, setGrade] = useState('');
  const [language, setLanguage] = useState<Language | ''>('');
  const [subjectCode, setSubjectCode] = useState('');
  const [authorId, setAuthorId] = useState('');
  const [search, setSearch] = useState('');
  const [archived, setArchived] = useState(false);
  const subjects = useSubjects(grade === '' ? undefined : Number(grade), language || undefined);
  const staff = useStaff(user.schoolId ?? undefined);
  const authorName = new Map((staff.data?.items ?? []).map((m) => [m.id, m.fullName]));
  const subjectByCode = new Map((subjects.data?.items ?? []).map((s) => [s.code, s]));
  const query = {
    grade: grade === '' ? undefined : Number(grade),
    language: language || undefined,
    subjectCode: subjectCode || undefined,
    authorId: authorId || undefined,
    search: search.trim() || undefined,
    archived: archived ? ('true' as const) : undefined,
  };
  const cases = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/cases',
      { params: { query: { ...query, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  const mayWrite = user.role !== 'deputy_upbringing' && user.role !== 'admin';
  return (
    <main className="wide">
      <h1>{t('cases.title')}</h1>
      {savedTopic && <p role="status">{t('cases.saved', { topic: savedTopic })}</p>}
      {mayWrite && (
        <p>
          <Link to="/cases/new" className="button-link">
            {t('cases.new')}
          </Link>
        </p>
      )}
      <div className="filters" role="search">
        <TextField
          id="cases-search"
          type="search"
          label={t('cases.search')}
          maxLength={100}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          id="cases-grade"
          label={t('cases.grade')}
          value={grade}
          onChange={(e) => setGrade(e.target.value)}
        >
          <option value="">{t('common.all')}</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="cases-language"
          label={t('cases.language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language | '')}
        >
          <option value="">{t('common.all')}</option>
          <LanguageOptions />
        </SelectField>
        <SelectField
          id="cases-subject"
          label={t('cases.subject')}
          value={subjectCode}
          onChange={(e) => setSubjectCode(e.target.value)}
        >
          <option value="">{t('common.all')}</option>
          {(subjects.data?.items ?? []).map((s) => (
            <option key={s.code} value={s.code}>
              {subjectName(s, uiLanguage)}
            </option>
          ))}
        </SelectField>
        <label className="check">
          <input
            type="checkbox"
            checked={archived}
            onChange={(e) => setArchived(e.target.checked)}
          />
          {t('cases.showArchived')}
        </label>
        <SelectField
          id="cases-author"
          label={t('cases.author')}
          value={authorId}
          onChange={(e) => setAuthorId(e.target.value)}
        >
          <option value="">{t('common.all')}</option>
          {byName(staff.data?.items ?? [], (m) => m.fullName).map((m) => (
            <option key={m.id} value={m.id}>
              {m.fullName}
            </option>
          ))}
        </SelectField>
      </div>
      <ScrollRegion label={t('cases.title')} withActions>
        <table aria-busy={cases.busy} hidden={!!cases.failed}>
          <caption>{t('cases.count', { shown: cases.items.length, total: cases.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.topic')}</th>
              <th scope="col">{t('cases.grade')}</th>
              <th scope="col">{t('cases.subject')}</th>
              <th scope="col">{t('cases.language')}</th>
              <th scope="col">{t('cases.author')}</th>
              <th scope="col">{t('cases.minutes')}</th>
              <th scope="col" className="actions">
                {t('staff.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {cases.items.map((c) => {
              const subject = subjectByCode.get(c.subjectCode);
              return (
                <tr key={c.id}>
                  <td>{c.topic}</td>
                  <td>{c.grade}</td>
                  <td>{subject ? subjectName(subject, uiLanguage) : c.subjectCode}</td>
                  <td>{t(`language.${c.language}`)}</td>
                  <td>{authorName.get(c.createdBy) ?? '—'}</td>
                  <td>{c.estimatedMinutes}</td>
                  <td className="actions">
                    {mayWrite && !archived && (
                      <div className="row-actions">
                        <Link to={`/cases/${c.id}`}>{t('cases.edit')}</Link>
                        <Link to={`/cases/new?from=${c.id}`}>{t('cases.duplicate')}</Link>
                      </div>
                    )}
                    {mayWrite && archived && (
                      <RecordActions
                        archived
                        archive={() => api.POST('/cases/{id}/archive', path(c.id))}
                        restore={() => api.POST('/cases/{id}/restore', path(c.id))}
                        remove={() => api.DELETE('/cases/{id}', path(c.id))}
                        invalidate={['cases']}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <ShowMore list={cases} />
    </main>
  );
}
