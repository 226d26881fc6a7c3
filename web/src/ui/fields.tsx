import { ComponentPropsWithRef, ReactNode, SelectHTMLAttributes } from 'react';

interface Common {
  id: string;
  label: string;
  hint?: string;
  invalid?: boolean;
  /** What the service said about this field, shown beside it (it marks the field too). */
  error?: string;
}

/** The ids that describe a field: its hint and its problem, read out with it. */
function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A field's problem in the user's words, under it. */
export function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <small id={`${id}-error`} className="field-problem">
      {text}
    </small>
  ) : null;
}

/** A labelled input; its hint is read out with it, and a field the API refused is marked. */
export function TextField({
  id,
  label,
  hint,
  invalid,
  error,
  ...input
}: Common & ComponentPropsWithRef<'input'>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={invalid || !!error || undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      <FieldError id={id} text={error} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  invalid,
  error,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={invalid || !!error || undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      <FieldError id={id} text={error} />
    </div>
  );
}

/** The API's refusal, read out when it appears. */
export function Problem({ text }: { text?: string }) {
  return text ? (
    <p className="problem" role="alert">
      {text}
    </p>
  ) : null;
}

/** What is wrong with one field, next to it; the field points here with aria-describedby. */
export function FieldProblem({ id, text }: { id: string; text?: string | false }) {
  return text ? (
    <small id={id} className="problem">
      {text}
    </small>
  ) : null;
}
