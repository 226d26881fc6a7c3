import { ReactNode, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { RecordActions } from './RecordActions';

type Actions = Omit<Parameters<typeof RecordActions>[0], 'archived'> & { archived: boolean };

interface Common {
  /** The record's own cells, before the actions cell. */
  cells: ReactNode;
  /** The whole row's width, so the form below spans it. */
  columns: number;
  /** False where the reader may look but not change. */
  mayChange?: boolean;
  /** The record's correction form; `close` folds it away. */
  form(close: () => void): ReactNode;
}

/** Archive, restore and delete; or the record's own actions (an account is switched off, not archived). */
type Props = Common & (Actions | { actions: ReactNode });

/** A record's row: correct it in a form that opens below, and its other actions beside. */
export function EditableRow({ cells, columns, mayChange = true, form, ...rest }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <tr>
        {cells}
        {mayChange && (
          <td className="actions">
            <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
              {t('records.edit')}
            </button>
            {'actions' in rest ? rest.actions : <RecordActions {...rest} />}
          </td>
        )}
      </tr>
      {editing && (
        <tr>
          <td colSpan={columns}>{form(() => setEditing(false))}</td>
        </tr>
      )}
    </>
  );
}
