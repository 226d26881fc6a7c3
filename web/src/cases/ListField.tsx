import { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { FieldError } from '../ui/fields';

interface Props<T> {
  id: string;
  legend: string;
  itemLabel: string;
  items: T[];
  max: number;
  maxLength: number;
  invalid?: boolean;
  /** What the service said about the list, shown under its legend. */
  error?: string;
  /** The item's text, the item with another text, and a new item. */
  text(item: T): string;
  withText(item: T, text: string): T;
  blank: T;
  /** More of one item to set under its text (a question's answer lines). */
  extra?(item: T, index: number, change: (item: T) => void): ReactNode;
  onChange(items: T[]): void;
}

/** An ordered list of texts (questions, materials): add, remove, move up or down. */
export function ListField<T>({
  id,
  legend,
  itemLabel,
  items,
  max,
  maxLength,
  invalid,
  error,
  text,
  withText,
  blank,
  extra,
  onChange,
}: Props<T>) {
  const { t } = useI18n();
  const change = (index: number) => (next: T) =>
    onChange(items.map((item, i) => (i === index ? next : item)));
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
              value={text(item)}
              onChange={(e) => change(index)(withText(item, e.target.value))}
            />
            {extra?.(item, index, change(index))}
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
      <button
        type="button"
        disabled={items.length >= max}
        onClick={() => onChange([...items, blank])}
      >
        {t('list.add', { item: itemLabel.toLowerCase() })}
      </button>
    </fieldset>
  );
}
