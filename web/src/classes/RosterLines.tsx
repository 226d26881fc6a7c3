import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';

type Preview = components['schemas']['RosterPreview'];
type Line = Preview['lines'][number];
type Problem = Preview['errors'][number];

/** What the cell's problem asks for, in the user's words. */
function useProblemText() {
  const { tOr } = useI18n();
  return ({ column, reason }: Problem): string => {
    if (reason === 'invalid' || reason === 'unknown')
      return tOr(`roster.fix.${column}`, 'roster.fix.other');
    if (reason === 'ambiguous' || reason === 'archived')
      return tOr(`roster.reason.${reason}.${column}`, 'roster.fix.other');
    return tOr(`roster.reason.${reason}`, 'roster.fix.other');
  };
}

/**
 * Rows of the file as the service read them (never re-read here), under the columns it
 * recognised, each bad cell marked with what to do; good rows say what will happen to them.
 */
export function RosterLines({
  preview,
  lines,
  caption,
  className,
}: {
  preview: Preview;
  lines: Line[];
  caption: string;
  className?: string;
}) {
  const { t, tOr } = useI18n();
  const problemText = useProblemText();
  return (
    // Wide files scroll sideways: a focusable, named region, so a keyboard can scroll it too.
    <div className="scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('roster.row')}</th>
            {preview.columns.map((name) => (
              <th scope="col" key={name}>
                {tOr(`roster.column.${name}`, 'offices.columnOther')}
              </th>
            ))}
            <th scope="col">{t('roster.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            // Errors and the namesake warnings alike: each said beside its cell.
            const problems = [...preview.errors, ...preview.warnings].filter(
              (e) => e.row === line.row,
            );
            return (
              <tr key={line.row}>
                <th scope="row">{line.row}</th>
                {preview.columns.map((name) => {
                  const wrong = problems.filter((p) => p.column === name);
                  return (
                    <td key={name} className={wrong.length > 0 ? 'bad-cell' : undefined}>
                      {line.cells[name]}
                      {line.before?.[name] !== undefined && (
                        <small> — {t('roster.before', { value: line.before[name] })}</small>
                      )}
                      {wrong.map((p) => (
                        <small key={p.reason}> — {problemText(p)}</small>
                      ))}
                    </td>
                  );
                })}
                <td>
                  {line.outcome === 'invalid'
                    ? problems
                        .filter((p) => !preview.columns.includes(p.column))
                        .map(problemText)
                        .join('; ')
                    : t(`roster.outcome.${line.outcome}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
