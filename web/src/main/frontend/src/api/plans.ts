import { request } from './http';

/** Thematic plans (КТП) of a school (`/api/v1/schools/{id}/plans`). */

export type TopicKind = 'REGULAR' | 'PRACTICAL' | 'LABORATORY' | 'TEST' | 'DICTATION' | 'ESSAY';

export interface PlanSummary {
  id: number;
  yearId: number;
  subjectId: number;
  subject: string;
  grade: number;
  teacherId: number | null;
  teacher: string | null;
  topics: number;
  hours: number;
  curriculumHours: number | null;
  /** Shown as is when the plan's hours differ from the curriculum's. */
  warning: string | null;
}

export interface Topic {
  id?: number;
  title: string;
  hours: number;
  kind: TopicKind;
  homework: string | null;
}

export interface PlanDetails {
  plan: PlanSummary;
  topics: Topic[];
}

type Signal = AbortSignal | undefined;

const base = (schoolId: number) => `/api/v1/schools/${schoolId}/plans`;

export function listPlans(fetchImpl: typeof fetch, schoolId: number, yearId: number, signal?: Signal) {
  return request<PlanSummary[]>(fetchImpl, `${base(schoolId)}?yearId=${yearId}`, { signal });
}

export function getPlan(fetchImpl: typeof fetch, schoolId: number, planId: number, signal?: Signal) {
  return request<PlanDetails>(fetchImpl, `${base(schoolId)}/${planId}`, { signal });
}

export function createPlan(
  fetchImpl: typeof fetch,
  schoolId: number,
  plan: { yearId: number; subjectId: number; grade: number },
) {
  return request<PlanDetails>(fetchImpl, base(schoolId), { method: 'POST', body: { ...plan, topics: [] } });
}

export function saveTopics(fetchImpl: typeof fetch, schoolId: number, planId: number, topics: Topic[]) {
  const body = { topics: topics.map(({ title, hours, kind, homework }) => ({ title, hours, kind, homework })) };
  return request<PlanDetails>(fetchImpl, `${base(schoolId)}/${planId}/topics`, { method: 'PUT', body });
}

export function importUrl(schoolId: number, planId: number) {
  return `${base(schoolId)}/${planId}/import`;
}

export function listPlanSubjects(fetchImpl: typeof fetch, schoolId: number, signal?: Signal) {
  return request<{ id: number; name: string }[]>(fetchImpl, `${base(schoolId)}/subjects`, { signal });
}

/** A plan topic as offered to one lesson: how often earlier lessons chose it, whether its hours are used up. */
export interface LessonTopic {
  id: number;
  position: number;
  title: string;
  hours: number;
  kind: TopicKind;
  kindName: string;
  homework: string | null;
  usedBefore: number;
  used: boolean;
}

export interface LessonTopics {
  lessonId: number;
  planId: number | null;
  chosenTopicId: number | null;
  suggestedTopicId: number | null;
  topics: LessonTopic[];
}

export function getLessonTopics(fetchImpl: typeof fetch, schoolId: number, lessonId: number, signal?: Signal) {
  return request<LessonTopics>(fetchImpl, `${base(schoolId)}/for-lesson/${lessonId}`, { signal });
}
