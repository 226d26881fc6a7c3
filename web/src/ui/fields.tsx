import { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

interface Common {
  id: string;
  label: string;
  hint?: string;
  invalid?: boolean;
}

/** A labelled input; its hint is read out with it, and a field the API refused is marked. */
export function TextField({
  id,
  label,
  hint,
  invalid,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      {hint && <small id={`${id}-hint`}>{hint}</small>}
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  invalid,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...select}
      >
        {children}
      </select>
      {hint && <small id={`${id}-hint`}>{hint}</small>}
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
