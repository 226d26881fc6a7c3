import { useSchools } from '../schools/queries';
import { useI18n } from '../i18n/i18n';
import { SelectField } from './fields';
import { byName } from './format';

/** The languages a class learns in, as select options. */
export function LanguageOptions() {
  const { t } = useI18n();
  return (
    <>
      <option value="kk">{t('language.kk')}</option>
      <option value="ru">{t('language.ru')}</option>
      <option value="ky">{t('language.ky')}</option>
    </>
  );
}

/** Schools as select options, in Kazakh order of their names. */
export function SchoolOptions() {
  const schools = useSchools();
  return (
    <>
      {byName(schools.data?.items ?? [], (s) => s.name).map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </>
  );
}

/** The admin's choice of which school a screen shows (staff of a school see their own). */
export function SchoolFilter({
  id,
  value,
  emptyLabel,
  onChange,
}: {
  id: string;
  value: string;
  emptyLabel: string;
  onChange(schoolId: string): void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t('staff.school')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{emptyLabel}</option>
      <SchoolOptions />
    </SelectField>
  );
}
