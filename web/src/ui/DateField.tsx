import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { TextField } from './fields';
import { parseTypedDay, showTypedDay } from './date-input';

interface Props {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** The first and last day allowed, YYYY-MM-DD. */
  min?: string;
  max?: string;
  /** The day as the API takes it (YYYY-MM-DD), or '' for none or none yet. */
  value: string;
  onChange(day: string): void;
  /** The service's refusal of this field. */
  invalid?: boolean;
  error?: string;
}

/**
 * A date read and typed as 19.12.2026 in Kazakh and Russian alike (a browser's date input
 * shows its own locale's order instead). A date that is no day is said beside the field and
 * keeps the form from being sent; the form gets the day as YYYY-MM-DD, or '' meanwhile.
 */
export function DateField({ value, onChange, min, max, error, ...field }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(() => showTypedDay(value));
  const [shown, setShown] = useState(value);
  const [touched, setTouched] = useState(false);
  // The form set another day (a reset, a default): show it, unless it is what was typed.
  if (value !== shown) {
    setShown(value);
    if (parseTypedDay(text, min, max).day !== value) setText(showTypedDay(value));
  }
  const { problem } = parseTypedDay(text, min, max);
  const said = problem
    ? t(`date.${problem}`, {
        text: text.trim(),
        date: showTypedDay((problem === 'tooEarly' ? min : max) ?? ''),
      })
    : undefined;
  return (
    <TextField
      {...field}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('date.placeholder')}
      maxLength={10}
      value={text}
      error={(touched && said) || error}
      ref={(input) => input?.setCustomValidity(said ?? '')}
      onChange={(e) => {
        const typed = parseTypedDay(e.target.value, min, max);
        setText(e.target.value);
        setShown(typed.day);
        onChange(typed.day);
      }}
      onBlur={() => setTouched(true)}
      onInvalid={() => setTouched(true)}
    />
  );
}
