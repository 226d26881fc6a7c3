import { ReactNode, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { RecordActions } from './RecordActions';

type Actions = Omit<Parameters<typeof RecordActions>[0], 'archived'>;

interface Props extends Actions {
  /** The record's own cells, before the actions cell. */
  cells: ReactNode;
  archived: boolean;
  /** The whole row's width, so the form below spans it. */
  columns: number;
  /** False where the reader may look but not change. */
  mayChange?: boolean;
  /** The record's correction form; `close` folds it away. */
  form(close: () => void): ReactNode;
}

/** A record's row: correct it in a form that opens below, archive, restore or delete it. */
export function EditableRow({ cells, columns, mayChange = true, form, ...actions }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <tr>
        {cells}
        {mayChange && (
          <td>
            <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
              {t('records.edit')}
            </button>
            <RecordActions {...actions} />
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
