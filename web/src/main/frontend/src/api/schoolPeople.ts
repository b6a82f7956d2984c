import { request } from './http';

/**
 * The lists of a school's people, searched and paged on the server: students
 * (`/api/v1/schools/{id}/students`), their legal representatives (`…/representatives`) and everybody (`…/people`).
 */

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface ListQuery {
  q: string;
  page: number;
  size: number;
  classId?: number | null;
}

export interface StudentListItem {
  personId: number;
  displayName: string;
  birthDate: string | null;
  classId: number;
  className: string;
}

export interface RepresentedChild {
  personId: number;
  displayName: string;
  className: string;
  kind: string;
}

export interface RepresentativeListItem {
  personId: number;
  displayName: string;
  children: RepresentedChild[];
}

export type PersonRole = 'STAFF' | 'STUDENT' | 'REPRESENTATIVE';

export interface PersonListItem {
  personId: number;
  displayName: string;
  roles: PersonRole[];
  className: string | null;
}

export const ROLE_LABELS: Readonly<Record<PersonRole, string>> = {
  STAFF: 'Сотрудник',
  STUDENT: 'Обучающийся',
  REPRESENTATIVE: 'Родитель (законный представитель)',
};

export const KIND_LABELS: Readonly<Record<string, string>> = {
  MOTHER: 'мать',
  FATHER: 'отец',
  ADOPTIVE: 'усыновитель',
  GUARDIAN: 'опекун',
  TRUSTEE: 'попечитель',
};

export type PeopleList = 'students' | 'representatives' | 'people';

type Signal = AbortSignal | undefined;

export function peopleListUrl(schoolId: number, list: PeopleList, { q, page, size, classId }: ListQuery): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (classId) params.set('classId', String(classId));
  params.set('page', String(page));
  params.set('size', String(size));
  return `/api/v1/schools/${schoolId}/${list}?${params}`;
}

async function listOf<T>(fetchImpl: typeof fetch, url: string, signal: Signal) {
  const result = await request<Page<T>>(fetchImpl, url, { signal });
  if (!result.ok) return result;
  return { ...result, data: { ...result.data, items: result.data.items ?? [] } };
}

export function listStudents(fetchImpl: typeof fetch, schoolId: number, query: ListQuery, signal?: Signal) {
  return listOf<StudentListItem>(fetchImpl, peopleListUrl(schoolId, 'students', query), signal);
}

export async function listRepresentatives(fetchImpl: typeof fetch, schoolId: number, query: ListQuery, signal?: Signal) {
  const result = await listOf<RepresentativeListItem>(fetchImpl, peopleListUrl(schoolId, 'representatives', query), signal);
  if (!result.ok) return result;
  const items = result.data.items.map((r) => ({ ...r, children: r.children ?? [] }));
  return { ...result, data: { ...result.data, items } };
}

export async function searchPeople(fetchImpl: typeof fetch, schoolId: number, query: ListQuery, signal?: Signal) {
  const result = await listOf<PersonListItem>(fetchImpl, peopleListUrl(schoolId, 'people', query), signal);
  if (!result.ok) return result;
  const items = result.data.items.map((p) => ({ ...p, roles: p.roles ?? [], className: p.className ?? null }));
  return { ...result, data: { ...result.data, items } };
}

/** «Найдено: 57». */
export function foundText(total: number): string {
  return `Найдено: ${total}`;
}
