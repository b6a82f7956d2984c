import { request } from './http';

/** The diary of a student and the class teacher's attendance follow-up (`/api/v1/diary`, `/api/v1/class-teacher`). */

export interface Period {
  id: number;
  number: number;
  startsOn: string;
  endsOn: string;
}

export interface Child {
  personId: number;
  displayName: string;
  /** OTHER: a diary opened by its address (a class teacher's link), not one of the person's own. */
  relation: 'SELF' | 'GUARDIAN' | 'OTHER';
  classId: number | null;
  className: string | null;
  school: string | null;
  periods: Period[];
  currentPeriodId: number | null;
}

export interface DiaryMark {
  date: string;
  value: number;
  value2: number | null;
  kind: string;
  kindShort: string;
  weight: number;
  comment: string | null;
}

export type AttendanceCode = 'ABSENT' | 'ILL' | 'EXCUSED';

export interface DiaryLesson {
  lessonId: number;
  slot: number;
  startsAt: string;
  endsAt: string;
  subject: string;
  group: string | null;
  room: string | null;
  teacher: string | null;
  substitute: string | null;
  cancelled: boolean;
  changeNote: string | null;
  topic: string | null;
  homework: string | null;
  homeworkNone: boolean;
  marks: DiaryMark[];
  attendance: AttendanceCode | null;
}

export type AbsenceReason = 'ILLNESS' | 'FAMILY' | 'OTHER';

export interface AbsenceReport {
  id: number;
  studentPersonId: number;
  classId: number;
  from: string;
  to: string;
  reason: AbsenceReason;
  comment: string | null;
  reportedAt: string;
  decision: 'ACCEPTED' | 'REJECTED' | null;
  decidedCode: 'ILL' | 'EXCUSED' | null;
}

export interface DiaryWeek {
  studentPersonId: number;
  monday: string;
  saturday: string;
  previous: string;
  next: string;
  days: { date: string; lessons: DiaryLesson[] }[];
  absenceReports: AbsenceReport[];
}

export interface SubjectMarks {
  subjectId: number;
  subject: string;
  marks: DiaryMark[];
  average: number | null;
  finalMark: string | null;
}

export interface MarksReport {
  studentPersonId: number;
  period: Period;
  subjects: SubjectMarks[];
}

export interface HomeworkItem {
  lessonId: number;
  date: string;
  slot: number;
  subject: string;
  homework: string | null;
  homeworkNone: boolean;
}

export interface AttendanceLine {
  subjectId: number | null;
  subject: string;
  lessons: number;
  absent: number;
  ill: number;
  excused: number;
}

export interface AttendanceSummary {
  studentPersonId: number;
  period: Period;
  subjects: AttendanceLine[];
  total: AttendanceLine;
}

export interface NewAbsenceReport {
  from: string;
  to: string;
  reason: AbsenceReason | '';
  comment: string;
}

export interface ClassAbsences {
  date: string;
  classes: {
    classId: number;
    className: string;
    students: {
      personId: number;
      displayName: string;
      lessons: { lessonId: number; slot: number; subject: string; code: AttendanceCode }[];
      reports: AbsenceReport[];
    }[];
  }[];
}

type Signal = AbortSignal | undefined;
const DIARY = '/api/v1/diary';

export function loadChildren(fetchImpl: typeof fetch, signal?: Signal) {
  return request<Child[]>(fetchImpl, `${DIARY}/children`, { signal });
}

export function loadWeek(fetchImpl: typeof fetch, student: number, date: string, signal?: Signal) {
  return request<DiaryWeek>(fetchImpl, `${DIARY}/${student}/week?date=${encodeURIComponent(date)}`, { signal });
}

export function loadMarks(fetchImpl: typeof fetch, student: number, periodId: number, signal?: Signal) {
  return request<MarksReport>(fetchImpl, `${DIARY}/${student}/marks?periodId=${periodId}`, { signal });
}

export function loadHomework(fetchImpl: typeof fetch, student: number, from: string, to: string, signal?: Signal) {
  return request<HomeworkItem[]>(fetchImpl, `${DIARY}/${student}/homework?from=${from}&to=${to}`, { signal });
}

export function loadAttendance(fetchImpl: typeof fetch, student: number, periodId: number, signal?: Signal) {
  return request<AttendanceSummary>(fetchImpl, `${DIARY}/${student}/attendance?periodId=${periodId}`, { signal });
}

export function reportAbsence(fetchImpl: typeof fetch, student: number, report: NewAbsenceReport) {
  const body = { ...report, reason: report.reason || null, comment: report.comment.trim() || null };
  return request<AbsenceReport>(fetchImpl, `${DIARY}/${student}/absence-reports`, { method: 'POST', body });
}

export function loadClassAbsences(fetchImpl: typeof fetch, date: string, signal?: Signal) {
  return request<ClassAbsences>(fetchImpl, `/api/v1/class-teacher/absences?date=${date}`, { signal });
}

export function decideAbsenceReport(
  fetchImpl: typeof fetch,
  reportId: number,
  decision: 'ACCEPTED' | 'REJECTED',
  code: 'ILL' | 'EXCUSED' | null,
) {
  return request<AbsenceReport>(fetchImpl, `/api/v1/class-teacher/absence-reports/${reportId}/decision`, {
    method: 'POST',
    body: { decision, code },
  });
}
