import type { AcademicYear, BellSlot, DayOff, PeriodSystem, WorkingWeek } from '../../../api/calendar';

/** The period systems: how many periods and what one is called. */
export const PERIOD_SYSTEMS: Readonly<Record<PeriodSystem, { count: number; label: string; one: string }>> = {
  QUARTERS: { count: 4, label: 'Четверти', one: 'четверть' },
  TRIMESTERS: { count: 3, label: 'Триместры', one: 'триместр' },
  HALF_YEARS: { count: 2, label: 'Полугодия', one: 'полугодие' },
};

export const WORKING_WEEKS: Readonly<Record<WorkingWeek, string>> = {
  FIVE_DAYS: 'Пятидневка',
  SIX_DAYS: 'Шестидневка',
};

export interface PeriodRow {
  startsOn: string;
  endsOn: string;
}

export interface DayOffRow extends DayOff {
  /** Keeps a row's inputs in place when another row is removed. */
  key: number;
}

let nextKey = 1;
export const dayOffRow = (day = '', reason = ''): DayOffRow => ({ key: nextKey++, day, reason });

/** Exactly `count` rows: the first ones kept, empty ones added. */
export function resizePeriods(rows: readonly PeriodRow[], count: number): PeriodRow[] {
  return Array.from({ length: count }, (_, i) => rows[i] ?? { startsOn: '', endsOn: '' });
}

/**
 * Fills the first period's start and the last period's end from the year's dates, where they are
 * empty or still equal the year's previous dates (the person has not chosen other ones).
 */
export function followYearDates(rows: PeriodRow[], before: PeriodRow, after: PeriodRow): PeriodRow[] {
  const next = rows.map((row) => ({ ...row }));
  const first = next[0];
  const last = next[next.length - 1];
  if (first && (first.startsOn === '' || first.startsOn === before.startsOn)) first.startsOn = after.startsOn;
  if (last && (last.endsOn === '' || last.endsOn === before.endsOn)) last.endsOn = after.endsOn;
  return next;
}

/**
 * The period rows for a period system: as many rows as the system has, the year's end moved to
 * the new last row, the edges filled from the year's dates.
 */
export function periodsFor(rows: readonly PeriodRow[], count: number, year: PeriodRow): PeriodRow[] {
  const hadYearEnd = year.endsOn !== '' && rows.some((row) => row.endsOn === year.endsOn);
  const resized = resizePeriods(rows, count).map((row, i) => {
    if (i === count - 1) return hadYearEnd ? { ...row, endsOn: year.endsOn } : row;
    return row.endsOn === year.endsOn ? { ...row, endsOn: '' } : row;
  });
  return followYearDates(resized, year, year);
}

/** Russian public holidays (Labour Code, art. 112) as month, day and name. */
const HOLIDAYS: ReadonlyArray<readonly [number, number, string]> = [
  [1, 1, 'Новогодние каникулы'], [1, 2, 'Новогодние каникулы'], [1, 3, 'Новогодние каникулы'],
  [1, 4, 'Новогодние каникулы'], [1, 5, 'Новогодние каникулы'], [1, 6, 'Новогодние каникулы'],
  [1, 7, 'Рождество Христово'], [1, 8, 'Новогодние каникулы'],
  [2, 23, 'День защитника Отечества'],
  [3, 8, 'Международный женский день'],
  [5, 1, 'Праздник Весны и Труда'],
  [5, 9, 'День Победы'],
  [6, 12, 'День России'],
  [11, 4, 'День народного единства'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The public holidays between two dates (inclusive, `yyyy-MM-dd`), in date order. */
export function publicHolidays(startsOn: string, endsOn: string): DayOff[] {
  if (!ISO_DATE.test(startsOn) || !ISO_DATE.test(endsOn) || endsOn < startsOn) return [];
  const found: DayOff[] = [];
  for (let year = Number(startsOn.slice(0, 4)); year <= Number(endsOn.slice(0, 4)); year += 1) {
    for (const [month, day, reason] of HOLIDAYS) {
      const date = `${year}-${pad(month)}-${pad(day)}`;
      if (date >= startsOn && date <= endsOn) found.push({ day: date, reason });
    }
  }
  return found.sort((a, b) => a.day.localeCompare(b.day));
}

/** The rows with the year's public holidays added (none twice, empty rows dropped), in date order. */
export function withHolidays(rows: readonly DayOffRow[], startsOn: string, endsOn: string): DayOffRow[] {
  const kept = rows.filter((row) => row.day || row.reason.trim());
  const taken = new Set(kept.map((row) => row.day));
  const added = publicHolidays(startsOn, endsOn)
    .filter((holiday) => !taken.has(holiday.day))
    .map((holiday) => dayOffRow(holiday.day, holiday.reason));
  return [...kept, ...added].sort((a, b) => (a.day || '9999').localeCompare(b.day || '9999'));
}

/** `HH:mm` plus minutes (within the day). */
export function addMinutes(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = Math.min(23 * 60 + 59, Math.max(0, h * 60 + m + minutes));
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

export const LESSON_MINUTES = 45;
export const BREAK_MINUTES = 10;
export const FIRST_LESSON = '08:30';

/** The next lesson: 10 minutes after the last one ends, 45 minutes long. */
export function nextSlot(slots: readonly BellSlot[]): BellSlot {
  const last = slots[slots.length - 1];
  const startsAt = last?.endsAt ? addMinutes(last.endsAt, BREAK_MINUTES) : FIRST_LESSON;
  return { number: slots.length + 1, startsAt, endsAt: addMinutes(startsAt, LESSON_MINUTES) };
}

/** The dates offered for a new year: the one after the newest, or the coming 1 September – 31 May. */
export function defaultYearDates(newest: AcademicYear | undefined, today: Date): PeriodRow {
  const year = newest
    ? Number(newest.endsOn.slice(0, 4))
    : today.getMonth() >= 5 ? today.getFullYear() : today.getFullYear() - 1;
  return { startsOn: `${year}-09-01`, endsOn: `${year + 1}-05-31` };
}

const LONG_DATE = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** «4 ноября 2026». */
export const longDate = (iso: string) => (ISO_DATE.test(iso) ? LONG_DATE.format(utc(iso)).replace(/\s?г\.$/, '') : iso);

/** «04.11.2026». */
export const shortDate = (iso: string) => (ISO_DATE.test(iso) ? SHORT_DATE.format(utc(iso)) : iso);

/** Today as `yyyy-MM-dd` in the browser's time zone. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
