import { ClsServiceManager } from 'nestjs-cls';
import {
  archiveChange,
  changedFields,
  noteForAudit,
  openAuditNote,
  removedFields,
} from './audit-note';

describe('the audit note of a request', () => {
  const cls = ClsServiceManager.getClsService();

  it('gathers what the services note, inside the request and its nested contexts', async () => {
    const note = await cls.run(async () => {
      const opened = openAuditNote();
      noteForAudit({ schoolId: 'school-1' });
      // A transaction opens a nested context that inherits the request's values.
      await cls.run({ ifNested: 'inherit' }, () => {
        noteForAudit({ changes: { name: { before: 'a', after: 'b' } } });
        return Promise.resolve();
      });
      return opened;
    });
    expect(note).toEqual({ schoolId: 'school-1', changes: { name: { before: 'a', after: 'b' } } });
  });

  it('is a no-op outside an audited request, and never reaches another request', () => {
    expect(() => noteForAudit({ skip: true })).not.toThrow();
    const note = cls.run(() => {
      const opened = openAuditNote();
      cls.run({ ifNested: 'override' }, () => noteForAudit({ skip: true }));
      return opened;
    });
    expect(note).toEqual({});
  });
});

describe('changedFields', () => {
  const before = { name: 'Әлия', phone: '+77011234567', grade: 5, note: null as string | null };

  it('keeps only the listed fields whose value differs', () => {
    expect(
      changedFields(before, { name: 'Әлия', phone: '+77017654321', grade: 6 }, ['name', 'phone']),
    ).toEqual({ phone: { before: '+77011234567', after: '+77017654321' } });
  });

  it('ignores fields left out or undefined, and answers undefined when nothing changed', () => {
    expect(changedFields(before, { phone: undefined }, ['name', 'phone'])).toBeUndefined();
    expect(changedFields(before, {}, ['name'])).toBeUndefined();
  });

  it('records a value set to or from null', () => {
    expect(changedFields(before, { note: 'late' }, ['note'])).toEqual({
      note: { before: null, after: 'late' },
    });
  });
});

describe('removedFields and archiveChange', () => {
  it("keeps each listed field's last value with nothing after", () => {
    expect(
      removedFields({ postcode: '050010', name: 'Алматы', id: 'x' }, ['postcode', 'name']),
    ).toEqual({
      postcode: { before: '050010', after: null },
      name: { before: 'Алматы', after: null },
    });
  });

  it('says when a record was archived, before and after', () => {
    const at = new Date('2026-12-01T09:00:00Z');
    expect(archiveChange(null, at)).toEqual({
      archivedAt: { before: null, after: '2026-12-01T09:00:00.000Z' },
    });
    expect(archiveChange(at, null)).toEqual({
      archivedAt: { before: '2026-12-01T09:00:00.000Z', after: null },
    });
  });
});
