import type { CurriculumEntry, CurriculumItem } from '../../../api/subjects';

/** Hours per subject and grade as typed: `"subjectId:grade"` → text. */
export type Hours = Record<string, string>;

export const cellKey = (subjectId: number, grade: number) => `${subjectId}:${grade}`;

export const MAX_HOURS = 2000;

/** The study weeks of a grade (33 in the 1st grade, 34 in the others), for the weekly estimate. */
export const studyWeeks = (grade: number) => (grade === 1 ? 33 : 34);

export function hoursFrom(items: readonly CurriculumItem[]): Hours {
  return Object.fromEntries(items.map((item) => [cellKey(item.subjectId, item.grade), String(item.hoursPerYear)]));
}

/** The grades to show: those with classes or with hours in the plan, or all of 1–11. */
export function gradesToShow(classGrades: readonly number[], items: readonly CurriculumItem[], all: boolean): number[] {
  const found = new Set([...classGrades, ...items.map((item) => item.grade)]);
  if (all || found.size === 0) return Array.from({ length: 11 }, (_, i) => i + 1);
  return [...found].sort((a, b) => a - b);
}

/** A cell's text is valid when empty or a whole number of hours in range. */
export function validHours(text: string): boolean {
  if (text.trim() === '') return true;
  if (!/^\d{1,4}$/.test(text.trim())) return false;
  return Number(text) <= MAX_HOURS;
}

/** The plan to send: every cell with hours, in subject and grade order. */
export function toEntries(hours: Hours): CurriculumEntry[] {
  return Object.entries(hours)
    .filter(([, text]) => text.trim() !== '' && Number(text) > 0)
    .map(([key, text]) => {
      const [subjectId, grade] = key.split(':').map(Number) as [number, number];
      return { subjectId, grade, hoursPerYear: Number(text) };
    })
    .sort((a, b) => a.subjectId - b.subjectId || a.grade - b.grade);
}

const ONE_DECIMAL = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

/**
 * «2 ч/нед» under a cell: the server's figure for a saved value, an estimate («≈ 2,5») for a
 * changed one; nothing for an empty cell.
 */
export function weeklyText(text: string, grade: number, saved: CurriculumItem | undefined): string {
  if (!validHours(text) || text.trim() === '' || Number(text) === 0) return '';
  if (saved && String(saved.hoursPerYear) === text.trim()) return `${ONE_DECIMAL.format(saved.hoursPerWeek)} ч/нед`;
  return `≈ ${ONE_DECIMAL.format(Number(text) / studyWeeks(grade))} ч/нед`;
}

/** The year's hours of a grade, over the valid cells. */
export function gradeTotal(hours: Hours, grade: number): number {
  return Object.entries(hours)
    .filter(([key, text]) => key.endsWith(`:${grade}`) && validHours(text) && text.trim() !== '')
    .reduce((sum, [, text]) => sum + Number(text), 0);
}

export const weeklyTotal = (total: number, grade: number) => ONE_DECIMAL.format(total / studyWeeks(grade));
