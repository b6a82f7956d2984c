import { request } from './http';

/** Subjects (the region catalogue and a school's own) and a school's curriculum for a year. */

export interface Subject {
  id: number;
  name: string;
  shortName: string;
  /** Null for the region catalogue. */
  schoolId: number | null;
}

export interface CurriculumItem {
  grade: number;
  subjectId: number;
  subjectName: string;
  hoursPerYear: number;
  hoursPerWeek: number;
}

export interface Curriculum {
  yearId: number;
  items: CurriculumItem[];
}

export interface CurriculumEntry {
  grade: number;
  subjectId: number;
  hoursPerYear: number;
}

type Signal = AbortSignal | undefined;

export async function listSubjects(fetchImpl: typeof fetch, schoolId: number, signal?: Signal) {
  const result = await request<Subject[]>(fetchImpl, `/api/v1/subjects?schoolId=${schoolId}`, { signal });
  if (!result.ok) return result;
  return { ...result, data: result.data.map((s) => ({ ...s, shortName: s.shortName ?? '', schoolId: s.schoolId ?? null })) };
}

export function createSubject(fetchImpl: typeof fetch, subject: Omit<Subject, 'id'>) {
  return request<Subject>(fetchImpl, '/api/v1/subjects', { method: 'POST', body: subject });
}

/** Renames a subject: the school's own (its administrators) or the region's catalogue (region administrator). */
export function renameSubject(fetchImpl: typeof fetch, id: number, names: { name: string; shortName: string }) {
  return request<Subject>(fetchImpl, `/api/v1/subjects/${id}`, { method: 'PUT', body: names });
}

export async function getCurriculum(fetchImpl: typeof fetch, schoolId: number, yearId: number, signal?: Signal) {
  const url = `/api/v1/schools/${schoolId}/curriculum?yearId=${yearId}`;
  const result = await request<Curriculum>(fetchImpl, url, { signal });
  if (!result.ok) return result;
  return { ...result, data: { yearId, items: result.data.items ?? [] } };
}

/** Replaces the year's plan with these entries. */
export function saveCurriculum(fetchImpl: typeof fetch, schoolId: number, yearId: number, items: CurriculumEntry[]) {
  return request<Curriculum>(fetchImpl, `/api/v1/schools/${schoolId}/curriculum`, {
    method: 'PUT',
    body: { yearId, items },
  });
}
