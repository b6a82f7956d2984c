/** Words and numbers of the year-end pages. */

/** «31.05.2027» from «2027-05-31». */
export function ruDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** «3 обучающихся», «1 обучающийся», «2 обучающихся». */
export function students(n: number): string {
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 14;
  return `${n} ${!teen && last === 1 ? 'обучающийся' : 'обучающихся'}`;
}

/** The year that includes today, else the newest (years come newest first). */
export function defaultYear<T extends { id: number; startsOn: string; endsOn: string }>(years: T[], today: string): number | null {
  const current = years.find((y) => y.startsOn <= today && today <= y.endsOn);
  return current?.id ?? years[0]?.id ?? null;
}
