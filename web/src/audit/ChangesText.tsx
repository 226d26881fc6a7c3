/** An audit entry's changes as "field: before → after", one per line. */
export function ChangesText({ changes }: { changes: Record<string, unknown> | null }) {
  if (!changes) return null;
  const lines = Object.entries(changes).map(([field, change]) => {
    const { before, after } = (change ?? {}) as { before?: unknown; after?: unknown };
    return before !== undefined || after !== undefined
      ? `${field}: ${show(before)} → ${show(after)}`
      : `${field}: ${show(change)}`;
  });
  return (
    <ul className="plain changes">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
