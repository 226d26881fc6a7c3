import type { InputHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props extends Pick<InputHTMLAttributes<HTMLInputElement>, 'accept'> {
  id: string;
  /** The button's words, from the catalogue ("Choose a file"). */
  label: string;
  /** The chosen file's name; none chosen yet says so in the reader's language. */
  fileName?: string;
  onFile(file: File | undefined): void;
}

/**
 * A file input whose button and "no file chosen" speak the reader's language: the browser's own
 * button speaks the browser's. The input stays in the page (keyboard, screen readers, tests that
 * set files); only its look is replaced by the labelled button and the chosen file's name.
 */
export function FileField({ id, label, fileName, onFile, accept }: Props) {
  const { t } = useI18n();
  return (
    <div className="file-field">
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        aria-describedby={`${id}-chosen`}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          e.target.value = ''; // the same file, corrected, can be chosen again
        }}
      />
      <label htmlFor={id} className="file-button">
        {label}
      </label>
      <span id={`${id}-chosen`} className="file-name" aria-live="polite">
        {fileName ?? t('file.none')}
      </span>
    </div>
  );
}
