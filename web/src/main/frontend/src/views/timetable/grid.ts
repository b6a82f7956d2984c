import type { Substitution, TimetableEntry, TimetableOptions, WeekKind } from '../../api/timetable';

/** The week grid of a class's timetable: weekdays (Пн–Сб) × bell slots, and the words around it. */

export const WEEKDAYS = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'] as const;
export const WEEKDAY_NAMES = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'] as const;

export const WEEK_KINDS: { value: WeekKind; label: string }[] = [
  { value: 'EVERY', label: 'Каждую неделю' },
  { value: 'A', label: 'Неделя А' },
  { value: 'B', label: 'Неделя Б' },
];

/** One cell: the entries of a weekday's slot (several for groups or alternating weeks). */
export interface GridRow {
  slot: number;
  time: string;
  cells: TimetableEntry[][];
}

/**
 * Rows for slots 1…n (n: the most slots of a bell schedule, or the highest slot used), each with a cell per
 * weekday (6 columns; the last is Saturday), entries in a cell ordered every week first, then A, then B.
 */
export function buildGrid(entries: TimetableEntry[], bellSchedules: TimetableOptions['bellSchedules']): GridRow[] {
  const slots = bellSchedules[0]?.slots ?? [];
  const count = Math.max(slots.length, ...entries.map((e) => e.slotNumber), 0);
  const order: Record<WeekKind, number> = { EVERY: 0, A: 1, B: 2 };
  const rows: GridRow[] = [];
  for (let slot = 1; slot <= count; slot++) {
    const bell = slots.find((s) => s.number === slot);
    const cells = WEEKDAYS.map((_, index) =>
      entries
        .filter((e) => e.slotNumber === slot && e.weekday === index + 1)
        .sort((a, b) => order[a.weekKind] - order[b.weekKind] || (a.group ?? '').localeCompare(b.group ?? '', 'ru')),
    );
    rows.push({ slot, time: bell ? `${hhmm(bell.startsAt)}–${hhmm(bell.endsAt)}` : '', cells });
  }
  return rows;
}

/** «08:30» of «08:30:00». */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

/** What a cell shows of an entry: subject, then group or stream, teacher, room and the week when alternating. */
export function entryLines(entry: TimetableEntry): string[] {
  const lines = [entry.subject];
  if (entry.group) lines.push(entry.group);
  if (entry.stream) lines.push(`Поток: ${entry.stream}`);
  lines.push([entry.teacher, entry.room ? `каб. ${entry.room}` : null].filter(Boolean).join(', '));
  if (entry.weekKind !== 'EVERY') lines.push(entry.weekKind === 'A' ? 'Неделя А' : 'Неделя Б');
  return lines;
}

/** The day `days` after an ISO date (negative: before). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** «14.09.2026» of «2026-09-14». */
export function russianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** What the substitutions list says of one change. */
export function describeSubstitution(change: Substitution): string {
  switch (change.kind) {
    case 'CANCEL':
      return 'Урок отменён';
    case 'TEACHER':
      return `Замена: ${change.substitute ?? change.teacher}`;
    case 'ROOM':
      return `Кабинет ${change.room ?? ''}`.trim();
    case 'MOVE':
      return `Перенос: ${russianDate(change.fromDate)}, ${change.fromSlot}-й урок → ${russianDate(change.toDate)}, ${change.toSlot}-й урок`;
  }
}
