import { PATHS } from '../../routing';
import { isIsoDate } from './diaryModel';

/** What the diary shows, kept in its address so that a reload or Back shows the same. */
export const DIARY_TABS = [
  ['week', 'Неделя'],
  ['marks', 'Оценки'],
  ['homework', 'Домашние задания'],
  ['attendance', 'Посещаемость'],
  ['finals', 'Итоговые'],
] as const;

export type DiaryTab = (typeof DIARY_TABS)[number][0] | 'report';

export interface DiaryAddress {
  child: number | null;
  date: string | null;
  tab: DiaryTab;
}

const TABS: readonly string[] = [...DIARY_TABS.map(([tab]) => tab), 'report'];

export function readDiaryAddress(search: string): DiaryAddress {
  const params = new URLSearchParams(search);
  const child = Number(params.get('child'));
  const date = params.get('date');
  const tab = params.get('tab') ?? 'week';
  return {
    child: Number.isSafeInteger(child) && child > 0 ? child : null,
    date: isIsoDate(date) ? date : null,
    tab: TABS.includes(tab) ? (tab as DiaryTab) : 'week',
  };
}

export function diaryHref({ child, date, tab }: DiaryAddress): string {
  const params = new URLSearchParams();
  if (child !== null) params.set('child', String(child));
  if (date !== null) params.set('date', date);
  if (tab !== 'week') params.set('tab', tab);
  const query = params.toString();
  return query ? `${PATHS.diary}?${query}` : PATHS.diary;
}
