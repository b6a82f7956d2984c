import { request } from './http';

/** The end of a school's academic year: closing it, year-end decisions, the rollover (`/api/v1/schools/{id}/years/{yearId}/end`). */

export interface YearEndBlocker {
  classId: number;
  className: string;
  subjectId: number;
  subjectName: string;
  students: number;
  missing: number;
}

export interface RolloverDone {
  toYearId: number;
  orderRef: string | null;
  curriculumDraft: boolean;
  classesCreated: number;
  studentsMoved: number;
  graduates: number;
  committedAt: string;
  /** Copied teaching structure (absent from servers before it was copied: 0). */
  streamsCopied?: number;
  assignmentsCopied?: number;
  timetableEntriesCopied?: number;
}

/** The teaching structure a rollover copies, and what it leaves out and why. */
export interface CarryOver {
  streams: number;
  assignments: number;
  timetableEntries: number;
  skipped: string[];
}

export interface YearEndStatus {
  yearId: number;
  label: string;
  startsOn: string;
  endsOn: string;
  closed: boolean;
  closedAt: string | null;
  blockers: YearEndBlocker[];
  rollover: RolloverDone | null;
}

export type YearEndDecision = 'RETAINED' | 'LEAVES';

export interface ClassChange {
  fromClassId: number;
  letter: string | null;
  classTeacherPersonId: number | null;
  /** false with no `classTeacherPersonId`: the class has no class teacher. */
  keepClassTeacher: boolean;
}

export interface RolloverRequest {
  copyGroups: boolean;
  orderRef: string;
  classes: ClassChange[];
}

export interface StudentWay {
  personId: number;
  displayName: string;
  fromClassName: string;
  toClassName: string | null;
}

export interface NextClass {
  fromClassId: number | null;
  fromClassName: string | null;
  name: string;
  grade: number;
  letter: string;
  classTeacher: { personId: number; displayName: string } | null;
  students: number;
  groups: string[];
}

export interface RolloverPreview {
  fromYearId: number;
  fromLabel: string;
  fromYearClosed: boolean;
  rolledOverIntoYearId: number | null;
  nextYear: {
    label: string;
    startsOn: string;
    endsOn: string;
    periodSystem: string;
    workingWeek: string;
    periods: { number: number; startsOn: string; endsOn: string }[];
    daysOff: number;
  };
  classes: NextClass[];
  promoted: number;
  graduates: StudentWay[];
  retained: StudentWay[];
  leaving: StudentWay[];
  curriculumLines: number;
  bellSchedules: number;
  carryOver: CarryOver;
  warnings: string[];
}

export interface RolloverResult {
  toYearId: number;
  label: string;
  classesCreated: number;
  studentsMoved: number;
  graduates: number;
  curriculumDraft: boolean;
  streamsCopied?: number;
  assignmentsCopied?: number;
  timetableEntriesCopied?: number;
  alreadyDone: boolean;
}

type Signal = AbortSignal | undefined;

function base(schoolId: number, yearId: number) {
  return `/api/v1/schools/${schoolId}/years/${yearId}/end`;
}

export async function getYearEnd(fetchImpl: typeof fetch, schoolId: number, yearId: number, signal?: Signal) {
  const result = await request<YearEndStatus>(fetchImpl, base(schoolId, yearId), { signal });
  if (!result.ok) return result;
  return { ...result, data: { ...result.data, blockers: result.data.blockers ?? [], rollover: result.data.rollover ?? null } };
}

export function closeYear(fetchImpl: typeof fetch, schoolId: number, yearId: number) {
  return request<YearEndStatus>(fetchImpl, `${base(schoolId, yearId)}/close`, { method: 'POST' });
}

export function decideYearEnd(
  fetchImpl: typeof fetch,
  schoolId: number,
  yearId: number,
  personId: number,
  decision: YearEndDecision | null,
  orderRef: string,
) {
  return request<void>(fetchImpl, `${base(schoolId, yearId)}/decisions/${personId}`, {
    method: 'PUT',
    body: { decision, orderRef: orderRef || null },
  });
}

export async function previewRollover(fetchImpl: typeof fetch, schoolId: number, yearId: number, body: RolloverRequest) {
  const result = await request<RolloverPreview>(fetchImpl, `${base(schoolId, yearId)}/rollover-preview`, { method: 'POST', body });
  if (!result.ok) return result;
  const p = result.data;
  return {
    ...result,
    data: {
      ...p,
      classes: (p.classes ?? []).map((c) => ({ ...c, classTeacher: c.classTeacher ?? null, groups: c.groups ?? [] })),
      graduates: p.graduates ?? [],
      retained: p.retained ?? [],
      leaving: p.leaving ?? [],
      warnings: p.warnings ?? [],
      carryOver: {
        streams: p.carryOver?.streams ?? 0,
        assignments: p.carryOver?.assignments ?? 0,
        timetableEntries: p.carryOver?.timetableEntries ?? 0,
        skipped: p.carryOver?.skipped ?? [],
      },
      rolledOverIntoYearId: p.rolledOverIntoYearId ?? null,
    },
  };
}

export function commitRollover(fetchImpl: typeof fetch, schoolId: number, yearId: number, body: RolloverRequest) {
  return request<RolloverResult>(fetchImpl, `${base(schoolId, yearId)}/rollover`, { method: 'POST', body });
}

export function confirmCurriculum(fetchImpl: typeof fetch, schoolId: number, nextYearId: number) {
  return request<void>(fetchImpl, `${base(schoolId, nextYearId)}/curriculum-confirmation`, { method: 'POST' });
}
