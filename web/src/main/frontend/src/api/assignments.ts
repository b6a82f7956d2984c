import { request } from './http';

/** Teaching assignments (нагрузка) and streams (`/api/v1/schools/{id}/teaching-assignments`, `/streams`). */

export interface Assignment {
  id: number;
  yearId: number;
  subjectId: number;
  subjectName: string;
  teacherPersonId: number;
  teacherName: string;
  classId?: number | null;
  groupId?: number | null;
  streamId?: number | null;
  /** «5А», «5А, Английский язык, группа 1» or the stream's name. */
  audienceName: string;
  validFrom: string;
  validTo?: string | null;
}

export interface NewAssignment {
  academicYearId: number;
  subjectId: number | null;
  teacherPersonId: number | null;
  classId: number | null;
  groupId: number | null;
  streamId: number | null;
  validFrom: string | null;
}

export interface Stream {
  id: number;
  yearId: number;
  name: string;
  classes: { id: number; name: string }[];
}

type Signal = AbortSignal | undefined;

export function assignmentsUrl(schoolId: number, yearId: number) {
  return `/api/v1/schools/${schoolId}/teaching-assignments?academicYearId=${yearId}`;
}

export async function listAssignments(fetchImpl: typeof fetch, schoolId: number, yearId: number, signal?: Signal) {
  return request<Assignment[]>(fetchImpl, assignmentsUrl(schoolId, yearId), { signal });
}

export function createAssignment(fetchImpl: typeof fetch, schoolId: number, assignment: NewAssignment) {
  return request<Assignment>(fetchImpl, `/api/v1/schools/${schoolId}/teaching-assignments`, {
    method: 'POST',
    body: assignment,
  });
}

export function endAssignment(fetchImpl: typeof fetch, assignmentId: number, validTo: string | null) {
  return request<Assignment>(fetchImpl, `/api/v1/teaching-assignments/${assignmentId}/end`, {
    method: 'POST',
    body: { validTo },
  });
}

export function listStreams(fetchImpl: typeof fetch, schoolId: number, yearId: number, signal?: Signal) {
  return request<Stream[]>(fetchImpl, `/api/v1/schools/${schoolId}/streams?yearId=${yearId}`, { signal });
}
