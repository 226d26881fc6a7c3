import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { $api } from '../api/client';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { SelectField } from '../ui/fields';

type Office = components['schemas']['PostOffice'];

/** How many matches a picker offers: typing narrows the thousands of branches to these. */
const MATCHES = 50;

export const officeLabel = (o: Office): string => `${o.postcode} — ${o.name}, ${o.locality}`;

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(officeId: string): void;
  required?: boolean;
  invalid?: boolean;
  error?: string;
}

/**
 * A post office chosen among Kazpost's thousands: typing a postcode, name or place asks the
 * service for the matches; the office already chosen stays offered whatever is typed.
 */
export function OfficePicker({ id, label, value, onChange, required, invalid, error }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const words = search.trim();
  const matches = $api.useQuery(
    'get',
    '/post-offices',
    { params: { query: { search: words || undefined, limit: MATCHES } } },
    { placeholderData: keepPreviousData },
  );
  const chosen = $api.useQuery(
    'get',
    '/post-offices/{id}',
    { params: { path: { id: value } } },
    { enabled: !!value },
  );
  const found = matches.data?.items ?? [];
  const offered =
    chosen.data && !found.some((o) => o.id === value) ? [chosen.data, ...found] : found;
  const more = (matches.data?.total ?? 0) - found.length;
  return (
    <div className="office-picker">
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('offices.pickerSearch')}</label>
        <input
          id={`${id}-search`}
          type="search"
          maxLength={100}
          value={search}
          aria-describedby={`${id}-matches`}
          onChange={(e) => setSearch(e.target.value)}
        />
        <small id={`${id}-matches`} aria-live="polite">
          {matches.isError
            ? t('offices.pickerFailed')
            : more > 0
              ? t('offices.pickerMore', { shown: found.length, total: matches.data?.total ?? 0 })
              : t('offices.pickerFound', { total: found.length })}
        </small>
      </div>
      <SelectField
        id={id}
        label={label}
        required={required}
        invalid={invalid}
        error={error}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('common.choose')}</option>
        {offered.map((o) => (
          <option key={o.id} value={o.id}>
            {officeLabel(o)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
