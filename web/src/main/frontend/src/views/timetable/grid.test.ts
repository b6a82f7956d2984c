import { describe, expect, it } from 'vitest';
import type { Substitution, TimetableEntry } from '../../api/timetable';
import { addDays, buildGrid, describeSubstitution, entryLines } from './grid';

const BELLS = [{ id: 1, name: 'Основное', slots: [1, 2, 3].map((n) => ({ number: n, startsAt: `${String(7 + n).padStart(2, "0")}:00:00`, endsAt: `${String(7 + n).padStart(2, "0")}:45:00` })) }];

function entry(overrides: Partial<TimetableEntry>): TimetableEntry {
  return {
    id: 1, weekday: 1, weekKind: 'EVERY', bellScheduleId: 1, slotNumber: 1, startsAt: '08:00:00', endsAt: '08:45:00',
    assignmentId: 1, subjectId: 1, subject: 'Математика', teacherId: 7, teacher: 'Иванова М. П.', groupId: null,
    group: null, streamId: null, stream: null, roomId: null, room: null, validFrom: '2026-09-01', validTo: null,
    ...overrides,
  };
}

describe('buildGrid', () => {
  it('puts entries in their weekday and slot, every week before week A and B, groups in order', () => {
    const rows = buildGrid([
      entry({ id: 1, weekday: 2, slotNumber: 2, weekKind: 'B' }),
      entry({ id: 2, weekday: 2, slotNumber: 2, weekKind: 'A' }),
      entry({ id: 3, weekday: 1, slotNumber: 1, group: 'Группа 2' }),
      entry({ id: 4, weekday: 1, slotNumber: 1, group: 'Группа 1' }),
      entry({ id: 5, weekday: 6, slotNumber: 3 }),
    ], BELLS);

    expect(rows.map((r) => r.time)).toEqual(['08:00–08:45', '09:00–09:45', '10:00–10:45']);
    expect(rows[0]!.cells[0]!.map((e) => e.id)).toEqual([4, 3]);
    expect(rows[1]!.cells[1]!.map((e) => e.id)).toEqual([2, 1]);
    expect(rows[2]!.cells[5]!.map((e) => e.id)).toEqual([5]);
    expect(rows[0]!.cells).toHaveLength(6);
  });

  it('shows slots beyond the bells when an entry uses one', () => {
    expect(buildGrid([entry({ slotNumber: 5 })], BELLS)).toHaveLength(5);
    expect(buildGrid([], [])).toEqual([]);
  });
});

describe('entryLines', () => {
  it('names the group or stream, the teacher with the room and the alternating week', () => {
    expect(entryLines(entry({ group: 'Группа 1', room: '101', weekKind: 'A' })))
      .toEqual(['Математика', 'Группа 1', 'Иванова М. П., каб. 101', 'Неделя А']);
    expect(entryLines(entry({ stream: 'Физкультура 5' }))).toEqual(['Математика', 'Поток: Физкультура 5', 'Иванова М. П.']);
  });
});

describe('dates and substitutions', () => {
  it('moves across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-09-07', -7)).toBe('2026-08-31');
  });

  it('describes each kind of substitution in Russian', () => {
    const base: Substitution = {
      id: 1, kind: 'MOVE', lessonId: 1, classId: 1, className: '5А', subject: 'Математика', fromDate: '2026-09-14',
      fromSlot: 1, toDate: '2026-09-17', toSlot: 5, teacher: 'Иванова М. П.', substitute: null, room: null, reason: null,
      cancelled: false,
    };
    expect(describeSubstitution(base)).toBe('Перенос: 14.09.2026, 1-й урок → 17.09.2026, 5-й урок');
    expect(describeSubstitution({ ...base, kind: 'TEACHER', substitute: 'Петров С. Н.' })).toBe('Замена: Петров С. Н.');
    expect(describeSubstitution({ ...base, kind: 'CANCEL' })).toBe('Урок отменён');
  });
});
