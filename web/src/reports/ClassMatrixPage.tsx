import { $api } from '../api/client';
import type { components } from '../api/schema';
import { useSubjectName } from '../cases/queries';
import { useI18n } from '../i18n/i18n';
import { byName } from '../ui/format';
import { MarksCsvButton, Verdict } from './marks';
import { Link } from '../ui/router';
import { ScrollRegion } from '../ui/ScrollRegion';

type Cell = components['schemas']['MatrixCellView'];

/** Pupils x cases of one class, each cell the packet's step, coloured; prints on one sheet. */
export function ClassMatrixPage({ classId }: { classId: string }) {
  const { t, tOr } = useI18n();
  const subjectName = useSubjectName();
  const matrix = $api.useQuery('get', '/reports/classes/{id}/matrix', {
    params: { path: { id: classId } },
  });
  const data = matrix.data;
  return (
    <main className="wide">
      <p className="no-print">
        <Link to="/reports">{t('reports.back')}</Link>
      </p>
      <h1>{t('reports.matrixTitle', { label: data?.label ?? '' })}</h1>
      {data && <MarksCsvButton classId={classId} label={data.label} />}
      {data && (
        <ScrollRegion label={t('reports.matrixTitle', { label: data.label })}>
          <table className="matrix">
            <thead>
              <tr>
                <th scope="col">{t('pupils.fullName')}</th>
                {data.cases.map((c) => (
                  <th scope="col" key={c.caseId}>
                    {subjectName(c.subjectCode, c.subjectName)}: {c.topic}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {byName(data.pupils, (p) => p.fullName).map((p) => (
                <tr key={p.studentId}>
                  <th scope="row">{p.fullName}</th>
                  {data.cases.map((c) => {
                    const cell: Cell | undefined = p.cells[c.caseId];
                    return (
                      <td
                        key={c.caseId}
                        className={
                          cell ? `cell-${cell.status}${cell.overdue ? ' late' : ''}` : undefined
                        }
                      >
                        {cell ? tOr(`status.${cell.status}`, 'audit.action.other') : '—'}
                        {cell?.overdue && ` (${t('reports.overdue')})`}
                        {cell && <Verdict cell={cell} />}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </main>
  );
}
