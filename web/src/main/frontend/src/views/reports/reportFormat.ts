/** «66,7» for 66.7, «—» for nothing: Russian decimal comma. */
export function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value).replace('.', ',');
}

/** «12.11.2026» from «2026-11-12». */
export function ruDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** «2-я четверть», «1-й триместр», «2-е полугодие». */
export function periodName(system: string, number: number): string {
  if (system === 'TRIMESTERS') return `${number}-й триместр`;
  if (system === 'HALF_YEARS') return `${number}-е полугодие`;
  return `${number}-я четверть`;
}

/** «22.11.2026 18:05» in the browser's time zone from an ISO instant. */
export function ruDateTime(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getDate())}.${two(at.getMonth() + 1)}.${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
