import { useSubjectName } from '../cases/queries';
import { useClassesById } from '../classes/queries';
import { useOffices } from '../offices/queries';
import { useI18n } from '../i18n/i18n';
import { classLabel, formatDate, formatDateTime } from '../ui/format';

/** The catalogue's word for a value of these fields (their values are codes, not text). */
const CODED: Record<string, (value: string) => string> = {
  status: (v) => `status.${v}`,
  role: (v) => `role.${v}`,
  delivery: (v) => `pupils.${v}`,
  channel: (v) => `channel.${v}`,
  language: (v) => `language.${v}`,
};

/** Fields that hold a member of staff's id: shown by the person's name. */
const STAFF = new Set(['classTeacherId', 'teacherId', 'addedBy']);

/** Links between records, kept for tracing: nothing a reader of the log acts on. */
const HIDDEN = new Set(['followsDutyId']);

/** Instants the service keeps as ISO text, shown as the reader's local date and time. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Days (a packet's out and back dates) kept as YYYY-MM-DD, shown as 19.12.2026. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An audit entry's changes as "field: before → after", one per line, in the reader's words:
 * the field's name from the catalogue, a status or role as a word, an office or a class by
 * its name rather than its id.
 */
export function ChangesText({
  changes,
  staffNames,
}: {
  changes: Record<string, unknown> | null;
  /** The staff the reader may see, by id. */
  staffNames: Map<string, string>;
}) {
  const { t, tOr, language } = useI18n();
  const subjectName = useSubjectName();
  const idsOf = (named: string) =>
    Object.entries(changes ?? {}).flatMap(([field, change]) =>
      field === named ? idsIn(change) : [],
    );
  const offices = useOffices(idsOf('postOfficeId'));
  const classes = useClassesById(idsOf('classId'));
  if (!changes) return null;
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'boolean') return t(value ? 'audit.value.yes' : 'audit.value.no');
    if (Array.isArray(value)) return value.map((v) => show(field, v)).join('; ') || '—';
    if (typeof value !== 'string') return JSON.stringify(value);
    if (CODED[field]) return tOr(CODED[field](value), 'audit.value.other');
    if (INSTANT.test(value)) return formatDateTime(value, language);
    if (DAY.test(value)) return formatDate(value, language);
    if (STAFF.has(field)) return staffNames.get(value) ?? value;
    if (field === 'subjectCode') return subjectName(value);
    if (field === 'postOfficeId') {
      const office = offices.get(value);
      if (office) return `${office.postcode} ${office.name}`;
    }
    if (field === 'classId') {
      const schoolClass = classes.get(value);
      if (schoolClass) return classLabel(schoolClass);
    }
    return value;
  };
  const lines = Object.entries(changes)
    .filter(([field]) => !HIDDEN.has(field))
    .map(([field, change]) => {
      const name = tOr(`audit.field.${field}`, 'audit.field.other');
      const { before, after } = (change ?? {}) as { before?: unknown; after?: unknown };
      return before !== undefined || after !== undefined
        ? `${name}: ${show(field, before)} → ${show(field, after)}`
        : `${name}: ${show(field, change)}`;
    });
  return (
    <ul className="plain changes">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** The ids an audit change names: its value, or its value before and after. */
function idsIn(change: unknown): string[] {
  if (typeof change === 'string') return [change];
  const { before, after } = (change ?? {}) as { before?: unknown; after?: unknown };
  return [before, after].filter((v): v is string => typeof v === 'string');
}
