import type { Principal } from '@/auth/role';
import { AuditedCall, auditRecordOf } from './audit-row';

const director: Principal = { id: 'staff-1', role: 'director', schoolId: 'school-1' };
const admin: Principal = { id: 'staff-0', role: 'admin' };

const call = (fields: Partial<AuditedCall>): AuditedCall => ({
  actor: director,
  method: 'POST',
  route: '/classes',
  params: {},
  body: undefined,
  entity: 'class',
  ...fields,
});

describe('auditRecordOf', () => {
  it('names the action by the method unless the route gives one', () => {
    expect(auditRecordOf(call({ method: 'POST' }), {}).action).toBe('create');
    expect(auditRecordOf(call({ method: 'PATCH' }), {}).action).toBe('update');
    expect(auditRecordOf(call({ method: 'PUT' }), {}).action).toBe('update');
    expect(auditRecordOf(call({ method: 'DELETE' }), {}).action).toBe('delete');
    expect(auditRecordOf(call({ method: 'POST', action: 'archive' }), {}).action).toBe('archive');
    expect(auditRecordOf(call({ method: 'OPTIONS' }), {}).action).toBe('options');
  });

  it("takes the record from the answer's id, else the route's id or code", () => {
    expect(auditRecordOf(call({ body: { id: 'class-9' } }), {}).targetId).toBe('class-9');
    expect(auditRecordOf(call({ params: { id: 'class-3' } }), {}).targetId).toBe('class-3');
    expect(auditRecordOf(call({ params: { code: 'RR123456785KZ' } }), {}).targetId).toBe(
      'RR123456785KZ',
    );
    expect(auditRecordOf(call({ body: { id: 7 }, params: {} }), {}).targetId).toBeNull();
  });

  it("files the row under the noted school, else the answer's, else the caller's", () => {
    const answered = call({ body: { schoolId: 'school-2' } });
    expect(auditRecordOf(answered, { schoolId: 'school-3' }).schoolId).toBe('school-3');
    expect(auditRecordOf(answered, { schoolId: null }).schoolId).toBeNull();
    expect(auditRecordOf(answered, {}).schoolId).toBe('school-2');
    expect(auditRecordOf(call({}), {}).schoolId).toBe('school-1');
    expect(auditRecordOf(call({ actor: admin }), {}).schoolId).toBeNull();
  });

  it('keeps the route as method and pattern, and the noted changes', () => {
    const changes = { name: { before: 'Old', after: 'New' } };
    const record = auditRecordOf(call({ method: 'PATCH', route: '/schools/:id' }), { changes });
    expect(record).toMatchObject({
      actor: director,
      entity: 'class',
      route: 'PATCH /schools/:id',
      changes,
    });
    expect(auditRecordOf(call({}), {}).changes).toBeNull();
  });
});

describe('the name an audit row gives its record', () => {
  const nameOf = (body: unknown, targetName?: string) =>
    auditRecordOf(call({ body }), targetName ? { targetName } : {}).targetName;

  it("takes a person's, a school's, a case's, a packet's or a class's own name from the answer", () => {
    expect(nameOf({ id: 's', fullName: 'Асанов Азамат', name: 'x' })).toBe('Асанов Азамат');
    expect(nameOf({ id: 'o', name: 'Көктал бөлімшесі' })).toBe('Көктал бөлімшесі');
    expect(nameOf({ id: 'c', topic: 'Үшбұрыш' })).toBe('Үшбұрыш');
    expect(nameOf({ id: 'p', code: 'RR123456785KZ' })).toBe('RR123456785KZ');
    expect(nameOf({ id: 'k', grade: 5, letter: 'Ә' })).toBe('5 Ә');
  });

  it('prefers what the service noted, and names nothing it cannot', () => {
    expect(nameOf({ id: 'd', teacherId: 't' }, 'Жинаушы Мұғалім')).toBe('Жинаушы Мұғалім');
    expect(nameOf({ id: 'd', teacherId: 't' })).toBeNull();
    expect(nameOf(undefined)).toBeNull();
    expect(nameOf({ fullName: 'Ә'.repeat(300) })).toHaveLength(200);
  });
});
