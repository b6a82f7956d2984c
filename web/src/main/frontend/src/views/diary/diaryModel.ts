import type { AbsenceReason, AbsenceReport, AttendanceCode, DiaryMark } from '../../api/diary';

/** View logic of the diary: week arithmetic on ISO dates, labels and colours of marks and attendance. */

const DAY_MS = 86_400_000;

function parse(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && format(parse(value)) === value;
}

/** The date as YYYY-MM-DD in the browser's time zone. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return format(new Date(parse(iso).getTime() + days * DAY_MS));
}

/** The Monday of the week containing the date (Sunday belongs to the week it ends). */
export function mondayOf(iso: string): string {
  const weekday = (parse(iso).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(iso, -weekday);
}

/** The Monday of the week `weeks` away from the week of `iso`. */
export function shiftWeek(iso: string, weeks: number): string {
  return addDays(mondayOf(iso), 7 * weeks);
}

/** Monday to Saturday of the week containing the date. */
export function weekDays(iso: string): string[] {
  const monday = mondayOf(iso);
  return [0, 1, 2, 3, 4, 5].map((n) => addDays(monday, n));
}

const WEEKDAYS = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье'];
const WEEKDAYS_SHORT = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'];
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
  'ноября', 'декабря'];

/** «Понедельник, 16 ноября». */
export function dayTitle(iso: string): string {
  const date = parse(iso);
  return `${WEEKDAYS[(date.getUTCDay() + 6) % 7]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

/** «Пн 16.11». */
export function dayShort(iso: string): string {
  const date = parse(iso);
  return `${WEEKDAYS_SHORT[(date.getUTCDay() + 6) % 7]} ${ddmm(iso)}`;
}

/** «16.11». */
export function ddmm(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;
}

/** «16–21 ноября» or «28 декабря – 2 января». */
export function weekTitle(monday: string): string {
  const from = parse(monday);
  const to = parse(addDays(monday, 5));
  if (from.getUTCMonth() === to.getUTCMonth()) {
    return `${from.getUTCDate()}–${to.getUTCDate()} ${MONTHS[to.getUTCMonth()]}`;
  }
  return `${from.getUTCDate()} ${MONTHS[from.getUTCMonth()]} – ${to.getUTCDate()} ${MONTHS[to.getUTCMonth()]}`;
}

export type MarkTone = 'excellent' | 'good' | 'fair' | 'poor';

/** 5 and 4 calm greens, 3 amber, 2 (and 1) red; the text always carries the value too. */
export function markTone(value: number): MarkTone {
  if (value >= 5) return 'excellent';
  if (value === 4) return 'good';
  if (value === 3) return 'fair';
  return 'poor';
}

/** «5» or «5/4». */
export function markText(mark: Pick<DiaryMark, 'value' | 'value2'>): string {
  return mark.value2 == null ? String(mark.value) : `${mark.value}/${mark.value2}`;
}

/** What a screen reader says and the tooltip shows: «Отметка 5/4, Диктант, вес 2». */
export function markDescription(mark: DiaryMark): string {
  return `Отметка ${markText(mark)}, ${mark.kind}, вес ${formatWeight(mark.weight)}`;
}

export function formatWeight(weight: number): string {
  return Number(weight).toLocaleString('ru-RU', { maximumFractionDigits: 2 });
}

/** «4,25» (two decimals), «—» without marks. */
export function formatAverage(average: number | null): string {
  return average == null ? '—' : Number(average).toLocaleString('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export const ATTENDANCE: Readonly<Record<AttendanceCode, { letter: string; title: string }>> = {
  ABSENT: { letter: 'Н', title: 'Отсутствовал' },
  ILL: { letter: 'Б', title: 'Болел' },
  EXCUSED: { letter: 'У', title: 'Уважительная причина' },
};

export const REASONS: Readonly<Record<AbsenceReason, string>> = {
  ILLNESS: 'Болезнь',
  FAMILY: 'Семейные обстоятельства',
  OTHER: 'Другое',
};

/** «Ждёт решения классного руководителя», «Принято: Б», «Отклонено». */
export function reportStatus(report: Pick<AbsenceReport, 'decision' | 'decidedCode'>): string {
  if (report.decision === 'ACCEPTED') {
    return `Принято классным руководителем: ${report.decidedCode ? ATTENDANCE[report.decidedCode].letter : ''}`.trim();
  }
  if (report.decision === 'REJECTED') return 'Отклонено классным руководителем';
  return 'Ждёт решения классного руководителя';
}

/** Whether the report covers the date. */
export function reportCovers(report: Pick<AbsenceReport, 'from' | 'to'>, iso: string): boolean {
  return report.from <= iso && iso <= report.to;
}
