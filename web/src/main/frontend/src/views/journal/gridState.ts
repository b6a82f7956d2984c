import type { AttendanceCode, GridColumn, JournalGridData, Mark, StudentCells } from '../../api/journal';

/**
 * The keyboard-fast journal grid as plain state: cells by student × lesson, the cursor, and what a key
 * press does to them. Pure functions, so the grid's behaviour is tested without a browser.
 *
 * Keys: arrows move; Enter moves down; 2–5 set the first mark (kind of work: the one already there, else
 * «Ответ на уроке»); «/» after a digit starts a double mark, the next digit completes it («5/4»); «н», «б»,
 * «у» (or the Latin keys in the same places: y, «,», e, and n/b/u) set attendance, the same letter again
 * clears it; Delete and Backspace clear the cell. A locked cell changes nothing and says why.
 */

export interface CellValue {
  attendance: AttendanceCode | null;
  marks: Mark[];
}

export interface Cursor {
  row: number;
  col: number;
}

export interface GridState {
  studentIds: number[];
  /** Weights of the kinds of work by id, for the averages. */
  weights: Record<number, number>;
  columns: GridColumn[];
  cells: Record<string, CellValue>;
  cursor: Cursor;
  /** A double mark being typed: its first digit, waiting for the second. */
  pendingDouble: number | null;
  defaultKindId: number | null;
  doubleKinds: number[];
}

export interface KeyOutcome {
  state: GridState;
  /** The lesson whose column changed (to be saved), if any. */
  changedLesson?: number;
  /** Why the key changed nothing, when the cell is locked or the key is not allowed here. */
  refused?: string;
  /** Whether the key was the grid's (the browser should not act on it too). */
  handled: boolean;
}

const EMPTY: CellValue = { attendance: null, marks: [] };

export const cellKey = (studentId: number, lessonId: number) => `${studentId}:${lessonId}`;

const ATTENDANCE_KEYS: Record<string, AttendanceCode> = {
  н: 'ABSENT', y: 'ABSENT', n: 'ABSENT',
  б: 'ILL', ',': 'ILL', b: 'ILL',
  у: 'EXCUSED', e: 'EXCUSED', u: 'EXCUSED',
};

export function initialState(grid: JournalGridData): GridState {
  const cells: Record<string, CellValue> = {};
  for (const row of grid.students) {
    for (const cell of row.cells) {
      cells[cellKey(row.studentId, cell.lessonId)] = { attendance: cell.attendance ?? null, marks: cell.marks ?? [] };
    }
  }
  const answer = grid.workKinds.find((k) => k.code === 'ANSWER') ?? grid.workKinds[0];
  return {
    studentIds: grid.students.map((s) => s.studentId),
    columns: grid.lessons,
    cells,
    cursor: { row: 0, col: Math.max(0, grid.lessons.length - 1) },
    pendingDouble: null,
    defaultKindId: answer ? answer.id : null,
    doubleKinds: grid.workKinds.filter((k) => k.doubleMarkAllowed).map((k) => k.id),
    weights: Object.fromEntries(grid.workKinds.map((k) => [k.id, Number(k.weight)])),
  };
}

export function cellAt(state: GridState, row: number, col: number): CellValue {
  const studentId = state.studentIds[row];
  const column = state.columns[col];
  if (studentId === undefined || column === undefined) return EMPTY;
  return state.cells[cellKey(studentId, column.id)] ?? EMPTY;
}

/** «5», «5/4 4», «Н»: how a cell reads. */
export function cellText(cell: CellValue): string {
  const marks = cell.marks.map((m) => (m.value2 ? `${m.value}/${m.value2}` : String(m.value))).join(' ');
  const letter = cell.attendance ? { ABSENT: 'Н', ILL: 'Б', EXCUSED: 'У' }[cell.attendance] : '';
  return [letter, marks].filter(Boolean).join(' ');
}

/** Why the cell's marks cannot be changed now (null: they can). */
export function markLock(state: GridState, col: number, cell: CellValue): string | null {
  const column = state.columns[col];
  if (!column) return 'Нет урока';
  if (!column.canWrite) return 'Журнал этого урока ведёт другой учитель';
  const kinds = cell.marks.length ? cell.marks.map((m) => m.workKindId) : [state.defaultKindId ?? -1];
  if (kinds.some((k) => !column.openWorkKindIds.includes(k))) {
    return column.marksLockedReason ?? 'Срок выставления отметки истёк. Исправление — через запрос администратору журнала';
  }
  return null;
}

export function attendanceLock(state: GridState, col: number): string | null {
  const column = state.columns[col];
  if (!column) return 'Нет урока';
  if (!column.canWrite) return 'Журнал этого урока ведёт другой учитель';
  return column.attendanceLockedReason ?? null;
}

export function handleKey(state: GridState, key: string): KeyOutcome {
  const move = MOVES[key];
  if (move) {
    return { state: { ...state, pendingDouble: null, cursor: clampCursor(state, move(state.cursor)) }, handled: true };
  }
  const { row, col } = state.cursor;
  const cell = cellAt(state, row, col);
  const lower = key.toLowerCase();
  if (/^[2-5]$/.test(key)) return typeDigit(state, cell, Number(key));
  if (key === '/') {
    const first = cell.marks.find((m) => m.position === 1);
    if (!first) return { state, handled: true, refused: 'Сначала поставьте первую отметку, затем «/» и вторую' };
    return { state: { ...state, pendingDouble: first.value }, handled: true };
  }
  if (lower in ATTENDANCE_KEYS) {
    const refused = attendanceLock(state, col);
    if (refused) return { state, handled: true, refused };
    const code = ATTENDANCE_KEYS[lower]!;
    return write(state, { ...cell, attendance: cell.attendance === code ? null : code });
  }
  if (key === 'Delete' || key === 'Backspace') {
    if (cell.marks.length) {
      const refused = markLock(state, col, cell);
      if (refused) return { state, handled: true, refused };
    }
    if (cell.attendance) {
      const refused = attendanceLock(state, col);
      if (refused) return { state, handled: true, refused };
    }
    if (!cell.marks.length && !cell.attendance) return { state, handled: true };
    return write(state, EMPTY);
  }
  return { state, handled: false };
}

function typeDigit(state: GridState, cell: CellValue, digit: number): KeyOutcome {
  const refused = markLock(state, state.cursor.col, cell);
  if (refused) return { state: { ...state, pendingDouble: null }, handled: true, refused };
  const first = cell.marks.find((m) => m.position === 1);
  const kindId = first?.workKindId ?? state.defaultKindId;
  if (kindId === null) return { state, handled: true, refused: 'В школе не настроены виды работ' };
  if (state.pendingDouble !== null && !state.doubleKinds.includes(kindId)) {
    return {
      state: { ...state, pendingDouble: null },
      handled: true,
      refused: 'Двойная отметка здесь не допускается: только по русскому языку и литературе или за контрольные работы',
    };
  }
  const values = state.pendingDouble !== null ? { value: state.pendingDouble, value2: digit } : { value: digit, value2: null };
  // A changed mark keeps its kind of work and comment; a new one is an answer in class.
  const mark: Mark = first ? { ...first, ...values } : { position: 1, workKindId: kindId, ...values };
  const marks = [mark, ...cell.marks.filter((m) => m.position !== 1)];
  return write({ ...state, pendingDouble: null }, { ...cell, marks });
}

function write(state: GridState, value: CellValue): KeyOutcome {
  const studentId = state.studentIds[state.cursor.row];
  const column = state.columns[state.cursor.col];
  if (studentId === undefined || column === undefined) return { state, handled: true };
  const cells = { ...state.cells, [cellKey(studentId, column.id)]: value };
  return { state: { ...state, cells, pendingDouble: null }, changedLesson: column.id, handled: true };
}

const MOVES: Record<string, (c: Cursor) => Cursor> = {
  ArrowUp: (c) => ({ ...c, row: c.row - 1 }),
  ArrowDown: (c) => ({ ...c, row: c.row + 1 }),
  Enter: (c) => ({ ...c, row: c.row + 1 }),
  ArrowLeft: (c) => ({ ...c, col: c.col - 1 }),
  ArrowRight: (c) => ({ ...c, col: c.col + 1 }),
};

function clampCursor(state: GridState, c: Cursor): Cursor {
  const clamp = (n: number, size: number) => Math.min(Math.max(n, 0), Math.max(size - 1, 0));
  return { row: clamp(c.row, state.studentIds.length), col: clamp(c.col, state.columns.length) };
}

/** The whole column of a lesson as one save sends it: every student's attendance and marks. */
export function columnEdit(state: GridState, lessonId: number): StudentCells[] {
  return state.studentIds.map((studentId) => {
    const cell = state.cells[cellKey(studentId, lessonId)] ?? EMPTY;
    return {
      studentId,
      attendance: cell.attendance,
      marks: cell.marks.map((m) => ({
        position: m.position,
        value: m.value,
        value2: m.value2 ?? null,
        workKindId: m.workKindId,
        comment: m.comment ?? null,
      })),
    };
  });
}

/** The column's lesson version after a save (the next save is made on it). */
export function withVersion(state: GridState, lessonId: number, version: number): GridState {
  return { ...state, columns: state.columns.map((c) => (c.id === lessonId ? { ...c, version } : c)) };
}

/**
 * A student's weighted average over the grid's cells as they are now (each half of «5/4» counts as a mark),
 * rounded to two places like the server's; null without marks.
 */
export function rowAverage(state: GridState, row: number): number | null {
  let sum = 0;
  let weights = 0;
  for (let col = 0; col < state.columns.length; col += 1) {
    for (const mark of cellAt(state, row, col).marks) {
      const weight = mark.weight ?? state.weights[mark.workKindId] ?? 1;
      for (const value of mark.value2 ? [mark.value, mark.value2] : [mark.value]) {
        sum += value * weight;
        weights += weight;
      }
    }
  }
  return weights === 0 ? null : Math.round((sum / weights) * 100) / 100;
}
