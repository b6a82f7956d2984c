import { describe, expect, it } from 'vitest';
import type { GridColumn, JournalGridData } from '../../api/journal';
import { cellAt, cellText, columnEdit, handleKey, initialState, rowAverage, type GridState } from './gridState';

const ANSWER = 1;
const TEST = 5;

function column(id: number, over: Partial<GridColumn> = {}): GridColumn {
  return {
    id,
    date: '2026-11-12',
    slotNumber: 1,
    state: 'SCHEDULED',
    version: 0,
    canWrite: true,
    attendanceLockedReason: null,
    marksLockedReason: null,
    openWorkKindIds: [ANSWER, TEST],
    ...over,
  };
}

function grid(columns: GridColumn[]): JournalGridData {
  return {
    classId: 1,
    className: '5А',
    subjectId: 2,
    subjectName: 'Математика',
    period: { id: 1, number: 2, startsOn: '2026-11-05', endsOn: '2026-12-28', closed: false },
    periods: [],
    lessons: columns,
    students: [
      { studentId: 10, name: 'Алексеев', cells: [], markCount: 0, notAttested: true },
      {
        studentId: 11,
        name: 'Борисова',
        cells: [{ lessonId: 100, marks: [{ position: 1, value: 3, workKindId: TEST, comment: 'к/р' }] }],
        markCount: 1,
        notAttested: true,
      },
    ],
    workKinds: [
      { id: ANSWER, code: 'ANSWER', name: 'Ответ на уроке', shortName: 'Ответ', weight: 1, doubleMarkAllowed: false },
      { id: TEST, code: 'TEST', name: 'Контрольная работа', shortName: 'К/р', weight: 2, doubleMarkAllowed: true },
    ],
  };
}

function keys(state: GridState, ...pressed: string[]) {
  let outcome = { state, handled: false } as ReturnType<typeof handleKey>;
  const changed = new Set<number>();
  const refused: string[] = [];
  for (const key of pressed) {
    outcome = handleKey(outcome.state, key);
    if (outcome.changedLesson) changed.add(outcome.changedLesson);
    if (outcome.refused) refused.push(outcome.refused);
  }
  return { state: outcome.state, changed: [...changed], refused };
}

describe('the journal grid by keyboard', () => {
  const start = initialState(grid([column(100), column(101)]));

  it('starts on the last lesson and moves with arrows and Enter inside the grid', () => {
    expect(start.cursor).toEqual({ row: 0, col: 1 });
    expect(keys(start, 'ArrowLeft', 'ArrowLeft', 'Enter', 'ArrowDown').state.cursor).toEqual({ row: 1, col: 0 });
    expect(keys(start, 'ArrowUp', 'ArrowRight').state.cursor).toEqual({ row: 0, col: 1 });
  });

  it('sets a mark with a digit as an answer in class and marks the lesson for saving', () => {
    const { state, changed } = keys(start, '5');
    expect(cellText(cellAt(state, 0, 1))).toBe('5');
    expect(cellAt(state, 0, 1).marks[0]).toMatchObject({ position: 1, value: 5, workKindId: ANSWER });
    expect(changed).toEqual([101]);
  });

  it('ignores digits that are not marks and keys that are not the grid’s', () => {
    const { state, changed } = keys(start, '1', '6', 'x');
    expect(cellText(cellAt(state, 0, 1))).toBe('');
    expect(changed).toEqual([]);
    expect(handleKey(start, 'Tab').handled).toBe(false);
  });

  it('types a double mark with a slash only where the kind of work allows it', () => {
    const onTest = keys(start, 'ArrowLeft', 'ArrowDown', '/', '4');
    expect(cellText(cellAt(onTest.state, 1, 0))).toBe('3/4');
    expect(cellAt(onTest.state, 1, 0).marks[0]!.comment).toBe('к/р');
    const onAnswer = keys(start, '5', '/', '4');
    expect(onAnswer.refused[0]).toContain('Двойная отметка');
    expect(cellText(cellAt(onAnswer.state, 0, 1))).toBe('5');
  });

  it('sets attendance with н, б, у (and the same keys on a Latin layout) and clears it with the same letter', () => {
    expect(cellText(cellAt(keys(start, 'н').state, 0, 1))).toBe('Н');
    expect(cellText(cellAt(keys(start, ',').state, 0, 1))).toBe('Б');
    expect(cellText(cellAt(keys(start, 'У').state, 0, 1))).toBe('У');
    expect(cellText(cellAt(keys(start, 'н', 'y').state, 0, 1))).toBe('');
  });

  it('clears a cell with Delete and saves the whole column, other students included', () => {
    const { state, changed } = keys(start, 'ArrowLeft', 'ArrowDown', 'Delete');
    expect(cellText(cellAt(state, 1, 0))).toBe('');
    expect(changed).toEqual([100]);
    expect(columnEdit(state, 100)).toEqual([
      { studentId: 10, attendance: null, marks: [] },
      { studentId: 11, attendance: null, marks: [] },
    ]);
    expect(columnEdit(start, 100)[1]!.marks[0]).toEqual({ position: 1, value: 3, value2: null, workKindId: TEST, comment: 'к/р' });
  });

  it('keeps each student’s weighted average up to date as marks are typed', () => {
    expect(rowAverage(start, 1)).toBe(3);
    const { state } = keys(start, 'ArrowDown', '5', 'ArrowLeft', '/', '5');
    expect(cellText(cellAt(state, 1, 0))).toBe('3/5');
    // 3/5 for a control work (weight 2, both halves) and 5 for an answer (weight 1): (6 + 10 + 5) / 5.
    expect(rowAverage(state, 1)).toBe(4.2);
    expect(rowAverage(start, 0)).toBeNull();
  });

  it('refuses to change a locked cell and says why', () => {
    const locked = initialState(
      grid([
        column(100, { openWorkKindIds: [], marksLockedReason: 'Срок истёк', attendanceLockedReason: 'Только в день урока' }),
        column(101, { canWrite: false }),
      ]),
    );
    const late = keys(locked, 'ArrowLeft', 'ArrowDown', '5', 'Delete', 'н');
    expect(late.refused).toEqual(['Срок истёк', 'Срок истёк', 'Только в день урока']);
    expect(late.changed).toEqual([]);
    expect(cellText(cellAt(late.state, 1, 0))).toBe('3');
    expect(keys(locked, '5').refused[0]).toContain('другой учитель');
  });
});
