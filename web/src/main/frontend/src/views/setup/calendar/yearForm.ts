import type { NewAcademicYear, PeriodSystem, WorkingWeek } from '../../../api/calendar';
import type { FieldErrors } from '../../../forms/useFormErrors';
import { dayOffRow, PERIOD_SYSTEMS, periodsFor, shortDate, type DayOffRow, type PeriodRow } from './calendarLogic';

/** The fields of «Новый учебный год» in form order, named as in the request (and problem `field`). */
export const YEAR_FIELDS = ['startsOn', 'endsOn', 'periodSystem', 'workingWeek', 'periods', 'daysOff'] as const;
export type YearField = (typeof YEAR_FIELDS)[number];

export interface YearValues {
  startsOn: string;
  endsOn: string;
  periodSystem: PeriodSystem;
  workingWeek: WorkingWeek;
  periods: PeriodRow[];
  daysOff: DayOffRow[];
}

/** A new year's form with the given dates: quarters, a five-day week, the periods' edges filled. */
export function blankYear(dates: PeriodRow): YearValues {
  return {
    ...dates,
    periodSystem: 'QUARTERS',
    workingWeek: 'FIVE_DAYS',
    periods: periodsFor([], PERIOD_SYSTEMS.QUARTERS.count, dates),
    daysOff: [dayOffRow()],
  };
}

function periodsError(values: YearValues): string | null {
  const { periods, startsOn, endsOn } = values;
  if (periods.some((p) => !p.startsOn || !p.endsOn)) return 'Укажите даты начала и окончания каждого периода.';
  for (let i = 0; i < periods.length; i += 1) {
    const period = periods[i] as PeriodRow;
    if (period.endsOn < period.startsOn) return `Период ${i + 1}: дата окончания раньше даты начала.`;
    if (startsOn && endsOn && (period.startsOn < startsOn || period.endsOn > endsOn)) {
      return `Период ${i + 1} выходит за границы учебного года.`;
    }
    const previous = periods[i - 1];
    if (previous && period.startsOn <= previous.endsOn) {
      return `Период ${i + 1} должен начинаться после окончания периода ${i}.`;
    }
  }
  return null;
}

function daysOffError(values: YearValues): string | null {
  for (const row of values.daysOff) {
    if (!row.day && !row.reason.trim()) continue;
    if (!row.day) return `Укажите дату нерабочего дня «${row.reason.trim()}» или удалите строку.`;
    if (!row.reason.trim()) return `Укажите причину нерабочего дня ${shortDate(row.day)}.`;
    if (values.startsOn && values.endsOn && (row.day < values.startsOn || row.day > values.endsOn)) {
      return `Нерабочий день ${shortDate(row.day)} не входит в учебный год.`;
    }
  }
  return null;
}

export function checkYear(values: YearValues): FieldErrors<YearField> {
  const errors: FieldErrors<YearField> = {};
  if (!values.startsOn) errors.startsOn = 'Укажите дату начала учебного года.';
  if (!values.endsOn) errors.endsOn = 'Укажите дату окончания учебного года.';
  else if (values.startsOn && values.endsOn <= values.startsOn) errors.endsOn = 'Дата окончания должна быть позже даты начала.';
  const periods = periodsError(values);
  if (periods) errors.periods = periods;
  const daysOff = daysOffError(values);
  if (daysOff) errors.daysOff = daysOff;
  return errors;
}

/** The request: the filled day-off rows only, reasons trimmed. */
export function toNewYear(values: YearValues): NewAcademicYear {
  return {
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    periodSystem: values.periodSystem,
    workingWeek: values.workingWeek,
    periods: values.periods.map(({ startsOn, endsOn }) => ({ startsOn, endsOn })),
    daysOff: values.daysOff.filter((row) => row.day).map((row) => ({ day: row.day, reason: row.reason.trim() })),
  };
}
