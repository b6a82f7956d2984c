import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../api/assignments';
import { audienceOf, sortAssignments } from './audience';

describe('audienceOf', () => {
  it('is a class, a group of the class, or a stream', () => {
    expect(audienceOf('class:7', '')).toEqual({ classId: 7, groupId: null, streamId: null });
    expect(audienceOf('class:7', '12')).toEqual({ classId: 7, groupId: 12, streamId: null });
    expect(audienceOf('stream:3', '12')).toEqual({ classId: null, groupId: null, streamId: 3 });
  });

  it('is nothing until chosen', () => {
    expect(audienceOf('', '')).toEqual({ classId: null, groupId: null, streamId: null });
    expect(audienceOf('class:x', '')).toEqual({ classId: null, groupId: null, streamId: null });
  });
});

describe('sortAssignments', () => {
  const assignment = (id: number, audienceName: string, subjectName: string, validTo: string | null = null): Assignment => ({
    id, yearId: 1, subjectId: id, subjectName, teacherPersonId: 1, teacherName: 'Иванова Мария Петровна',
    audienceName, validFrom: '2026-09-01', validTo,
  });

  it('puts current ones first, then by class (10А after 9А) and subject', () => {
    const sorted = sortAssignments([
      assignment(1, '10А', 'Алгебра'),
      assignment(2, '9А', 'Физика'),
      assignment(3, '5А', 'Математика', '2026-12-29'),
      assignment(4, '9А', 'Алгебра'),
    ]);
    expect(sorted.map((a) => a.id)).toEqual([4, 2, 1, 3]);
  });
});
