import { useI18n } from '../i18n/i18n';
import { FieldError } from '../ui/fields';

interface Props {
  id: string;
  legend: string;
  itemLabel: string;
  items: string[];
  max: number;
  maxLength: number;
  invalid?: boolean;
  /** What the service said about the list, shown under its legend. */
  error?: string;
  onChange(items: string[]): void;
}

/** An ordered list of texts (questions, materials): add, remove, move up or down. */
export function ListField({
  id,
  legend,
  itemLabel,
  items,
  max,
  maxLength,
  invalid,
  error,
  onChange,
}: Props) {
  const { t } = useI18n();
  const set = (index: number, value: string) =>
    onChange(items.map((item, i) => (i === index ? value : item)));
  const move = (index: number, by: number) => {
    const next = [...items];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  return (
    <fieldset
      className="list-field"
      aria-invalid={invalid || undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <FieldError id={id} text={error} />
      <ol>
        {items.map((item, index) => (
          <li key={index}>
            <label htmlFor={`${id}-${index}`}>{`${itemLabel} ${index + 1}`}</label>
            <textarea
              id={`${id}-${index}`}
              rows={2}
              maxLength={maxLength}
              value={item}
              onChange={(e) => set(index, e.target.value)}
            />
            <div className="row-actions">
              <button type="button" disabled={index === 0} onClick={() => move(index, -1)}>
                {t('list.up')}
              </button>
              <button
                type="button"
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
              >
                {t('list.down')}
              </button>
              <button type="button" onClick={() => onChange(items.filter((_, i) => i !== index))}>
                {t('list.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" disabled={items.length >= max} onClick={() => onChange([...items, ''])}>
        {t('list.add', { item: itemLabel.toLowerCase() })}
      </button>
    </fieldset>
  );
}
