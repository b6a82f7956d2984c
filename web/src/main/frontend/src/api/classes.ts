import { request } from './http';

/** Classes, their lists and groups, and enrolling students (`/api/v1/schools/{id}/classes`, `/api/v1/classes`). */

export interface PersonRef {
  personId: number;
  displayName: string;
}

export interface SchoolClass {
  id: number;
  /** «5А». */
  name: string;
  grade: number;
  letter: string;
  yearId: number;
  classTeacher: PersonRef | null;
  studentCount: number;
}

export interface NewClass {
  yearId: number;
  grade: number;
  letter: string;
  classTeacherPersonId: number | null;
}

export interface ClassStudent extends PersonRef {
  birthDate: string | null;
}

export interface ClassGroup {
  id: number;
  name: string;
  students: PersonRef[];
}

export interface ClassDetails {
  id: number;
  name: string;
  grade: number;
  letter: string;
  yearId: number;
  classTeacher: PersonRef | null;
  /** The date the list is for. */
  date: string;
  students: ClassStudent[];
  groups: ClassGroup[];
}

export type Sex = 'MALE' | 'FEMALE';

export interface NewStudent {
  surname: string;
  givenName: string;
  patronymic: string;
  birthDate: string;
  sex: Sex | null;
  snils: string | null;
  classId: number;
  arrivedOn: string;
  orderRef: string;
}

type Signal = AbortSignal | undefined;

export function classesUrl(schoolId: number, yearId: number) {
  return `/api/v1/schools/${schoolId}/classes?yearId=${yearId}`;
}

export async function listClasses(fetchImpl: typeof fetch, schoolId: number, yearId: number, signal?: Signal) {
  const result = await request<SchoolClass[]>(fetchImpl, classesUrl(schoolId, yearId), { signal });
  if (!result.ok) return result;
  const sorted = [...result.data].sort((a, b) => a.grade - b.grade || a.letter.localeCompare(b.letter, 'ru'));
  return { ...result, data: sorted.map((c) => ({ ...c, classTeacher: c.classTeacher ?? null })) };
}

export function createClass(fetchImpl: typeof fetch, schoolId: number, schoolClass: NewClass) {
  return request<SchoolClass>(fetchImpl, `/api/v1/schools/${schoolId}/classes`, { method: 'POST', body: schoolClass });
}

export async function getClass(fetchImpl: typeof fetch, classId: number, date: string, signal?: Signal) {
  const query = date ? `?date=${encodeURIComponent(date)}` : '';
  const result = await request<ClassDetails>(fetchImpl, `/api/v1/classes/${classId}${query}`, { signal });
  if (!result.ok) return result;
  const data = result.data;
  return {
    ...result,
    data: {
      ...data,
      classTeacher: data.classTeacher ?? null,
      students: data.students ?? [],
      groups: (data.groups ?? []).map((g) => ({ ...g, students: g.students ?? [] })),
    },
  };
}

export function createGroup(fetchImpl: typeof fetch, classId: number, name: string) {
  return request<{ id: number; name: string }>(fetchImpl, `/api/v1/classes/${classId}/groups`, {
    method: 'POST',
    body: { name },
  });
}

export function enrolStudent(fetchImpl: typeof fetch, schoolId: number, student: NewStudent) {
  return request<PersonRef>(fetchImpl, `/api/v1/schools/${schoolId}/students`, { method: 'POST', body: student });
}
