import type { Topic, TopicKind } from '../../api/plans';

/** Editing a plan's topics: the kinds with their Russian names, totals and moving rows. */

export const TOPIC_KINDS: { value: TopicKind; label: string }[] = [
  { value: 'REGULAR', label: 'Урок' },
  { value: 'PRACTICAL', label: 'Практическая работа' },
  { value: 'LABORATORY', label: 'Лабораторная работа' },
  { value: 'TEST', label: 'Контрольная работа' },
  { value: 'DICTATION', label: 'Диктант' },
  { value: 'ESSAY', label: 'Сочинение' },
];

export function totalHours(topics: Topic[]): number {
  return topics.reduce((sum, topic) => sum + (Number.isFinite(topic.hours) ? topic.hours : 0), 0);
}

/** The warning shown while editing, before the server's own (the same words). */
export function hoursWarning(hours: number, curriculumHours: number | null): string | null {
  if (curriculumHours === null || hours === curriculumHours) return null;
  const difference = Math.abs(curriculumHours - hours);
  return `В КТП ${hours} ч, а по учебному плану ${curriculumHours} ч в год (${hours < curriculumHours ? 'не хватает' : 'лишних'} ${difference} ч)`;
}

export function emptyTopic(): Topic {
  return { title: '', hours: 1, kind: 'REGULAR', homework: null };
}

/** The list with row `index` moved by `delta` (−1 up, +1 down); unchanged at the ends. */
export function moveTopic(topics: Topic[], index: number, delta: number): Topic[] {
  const target = index + delta;
  if (target < 0 || target >= topics.length) return topics;
  const next = [...topics];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function kindLabel(kind: TopicKind): string {
  return TOPIC_KINDS.find((k) => k.value === kind)?.label ?? kind;
}
