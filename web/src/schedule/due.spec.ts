import type { components } from '../api/schema';
import { dueByClass } from './due';

type DueItem = components['schemas']['DueItem'];
const item = (packetId: string, subjectCode: string, caseIds: string[] = []): DueItem => ({
  packetId,
  classId: `class-${packetId}`,
  grade: 5,
  letter: packetId === 'p1' ? 'А' : 'Б',
  goesOutOn: '2026-12-07',
  comesBackOn: '2026-12-14',
  subjectCode,
  caseIds,
});

describe('what is due from a teacher, by class', () => {
  it('groups the subjects of each next packet, keeping only those still missing', () => {
    expect(
      dueByClass([
        item('p1', 'mathematics'),
        item('p1', 'algebra', ['case-1']),
        item('p2', 'mathematics', ['case-2']),
      ]),
    ).toEqual([
      {
        packetId: 'p1',
        label: '5 А',
        goesOutOn: '2026-12-07',
        comesBackOn: '2026-12-14',
        missing: ['mathematics'],
      },
      {
        packetId: 'p2',
        label: '5 Б',
        goesOutOn: '2026-12-07',
        comesBackOn: '2026-12-14',
        missing: [],
      },
    ]);
  });
});
