import { request, type ApiResult } from './http';

/** The region administrator's API (`/api/v1/municipalities`, `/api/v1/schools`). */

export interface Municipality {
  id: number;
  name: string;
}

export interface SchoolAdministrator {
  personId: number;
  displayName: string;
}

export interface School {
  id: number;
  fullName: string;
  shortName: string;
  inn: string;
  ogrn: string;
  address: string;
  municipality: Municipality | null;
  administrators: SchoolAdministrator[];
}

export interface SchoolPage {
  items: School[];
  page: number;
  size: number;
  total: number;
}

export interface SchoolQuery {
  q: string;
  municipalityId: number | null;
  /** Zero-based. */
  page: number;
  size: number;
}

export interface NewSchool {
  fullName: string;
  shortName: string;
  inn: string;
  ogrn: string;
  address: string;
  municipalityId: number | null;
}

export interface NewAdministrator {
  surname: string;
  givenName: string;
  patronymic: string;
  /** `yyyy-MM-dd` or null. */
  birthDate: string | null;
  /** `123-456-789 01`. */
  snils: string;
}

const MUNICIPALITIES = '/api/v1/municipalities';
const SCHOOLS = '/api/v1/schools';

type Signal = AbortSignal | undefined;

export function listMunicipalities(fetchImpl: typeof fetch, signal?: Signal) {
  return request<Municipality[]>(fetchImpl, MUNICIPALITIES, { signal });
}

export function createMunicipality(fetchImpl: typeof fetch, name: string) {
  return request<Municipality>(fetchImpl, MUNICIPALITIES, { method: 'POST', body: { name } });
}

export function schoolsUrl({ q, municipalityId, page, size }: SchoolQuery): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (municipalityId !== null) params.set('municipalityId', String(municipalityId));
  params.set('page', String(page));
  params.set('size', String(size));
  return `${SCHOOLS}?${params}`;
}

export async function listSchools(
  fetchImpl: typeof fetch,
  query: SchoolQuery,
  signal?: Signal,
): Promise<ApiResult<SchoolPage>> {
  const result = await request<SchoolPage>(fetchImpl, schoolsUrl(query), { signal });
  if (!result.ok) return result;
  const data = result.data;
  return { ...result, data: { ...data, items: (data.items ?? []).map(normalizeSchool) } };
}

export async function getSchool(fetchImpl: typeof fetch, id: number, signal?: Signal) {
  const result = await request<School>(fetchImpl, `${SCHOOLS}/${id}`, { signal });
  return result.ok ? { ...result, data: normalizeSchool(result.data) } : result;
}

export function createSchool(fetchImpl: typeof fetch, school: NewSchool) {
  return request<School>(fetchImpl, SCHOOLS, { method: 'POST', body: school });
}

/** Changes a school's names, identifiers, address and municipality (the region administrator). */
export async function updateSchool(fetchImpl: typeof fetch, id: number, school: NewSchool) {
  const result = await request<School>(fetchImpl, `${SCHOOLS}/${id}`, { method: 'PUT', body: school });
  return result.ok ? { ...result, data: normalizeSchool(result.data) } : result;
}

export function appointAdministrator(fetchImpl: typeof fetch, schoolId: number, person: NewAdministrator) {
  return request<SchoolAdministrator>(fetchImpl, `${SCHOOLS}/${schoolId}/administrators`, {
    method: 'POST',
    body: person,
  });
}

export function removeAdministrator(fetchImpl: typeof fetch, schoolId: number, personId: number) {
  return request<void>(fetchImpl, `${SCHOOLS}/${schoolId}/administrators/${personId}`, {
    method: 'DELETE',
  });
}

/** Tolerates absent optional parts so that the views never crash on them. */
function normalizeSchool(school: School): School {
  return {
    ...school,
    ogrn: school.ogrn ?? '',
    address: school.address ?? '',
    municipality: school.municipality ?? null,
    administrators: Array.isArray(school.administrators) ? school.administrators : [],
  };
}

