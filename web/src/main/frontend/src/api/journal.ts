import { request } from './http';

/** The lesson journal, the grid, the teacher's day and mark change requests (`/api/v1/lessons`, `/api/v1/journal`). */

export type AttendanceCode = 'ABSENT' | 'ILL' | 'EXCUSED';

export const ATTENDANCE_LETTERS: Record<AttendanceCode, string> = { ABSENT: 'Н', ILL: 'Б', EXCUSED: 'У' };
export const ATTENDANCE_TITLES: Record<AttendanceCode, string> = {
  ABSENT: 'Отсутствовал',
  ILL: 'Болел',
  EXCUSED: 'Уважительная причина',
};

export interface Mark {
  position: number;
  value: number;
  value2?: number | null;
  workKindId: number;
  weight?: number;
  comment?: string | null;
}

export interface WorkKind {
  id: number;
  code: string;
  name: string;
  shortName: string;
  weight: number;
  deadline?: string | null;
  lockedReason?: string | null;
  doubleMarkAllowed: boolean;
}

export interface LessonHeader {
  id: number;
  version: number;
  date: string;
  slotNumber: number;
  startsAt: string;
  endsAt: string;
  state: 'SCHEDULED' | 'CANCELLED';
  changeNote?: string | null;
  schoolId: number;
  classId: number;
  className: string;
  groupId?: number | null;
  groupName?: string | null;
  subjectId: number;
  subjectName: string;
  teacherId: number;
  teacherName: string;
  substituteId?: number | null;
  substituteName?: string | null;
  topic?: string | null;
  planTopicId?: number | null;
  homework?: string | null;
  noHomework: boolean;
}

export interface LessonStudent {
  studentId: number;
  name: string;
  attendance?: AttendanceCode | null;
  marks: Mark[];
}

export interface LessonPageData {
  lesson: LessonHeader;
  students: LessonStudent[];
  workKinds: WorkKind[];
  permissions: {
    canWrite: boolean;
    lockedReason?: string | null;
    attendanceLockedReason?: string | null;
    marksLockedReason?: string | null;
    homeworkAllowed: boolean;
  };
  files?: HomeworkFile[];
}

export interface HomeworkFile {
  id: number;
  name: string;
  contentType: string;
  size: number;
}

export interface StudentCells {
  studentId: number;
  attendance: AttendanceCode | null;
  marks: { position: number; value: number; value2: number | null; workKindId: number; comment: string | null }[];
}

export interface JournalEdit {
  version: number;
  description?: { topic: string | null; planTopicId: number | null; homework: string | null; noHomework: boolean } | null;
  students: StudentCells[];
}

export interface SavedJournal {
  lessonId: number;
  version: number;
  marksChanged: number;
  attendanceChanged: number;
}

export interface GridPeriod {
  id: number;
  number: number;
  startsOn: string;
  endsOn: string;
  closed: boolean;
}

export interface GridColumn {
  id: number;
  date: string;
  slotNumber: number;
  state: string;
  topic?: string | null;
  version: number;
  canWrite: boolean;
  attendanceLockedReason?: string | null;
  marksLockedReason?: string | null;
  openWorkKindIds: number[];
}

export interface GridCell {
  lessonId: number;
  attendance?: AttendanceCode | null;
  marks: Mark[];
}

export interface GridRow {
  studentId: number;
  name: string;
  cells: GridCell[];
  average?: number | null;
  markCount: number;
  proposedMark?: number | null;
  notAttested: boolean;
  /** The teacher's decision for the period, if any. */
  finalMark?: { value?: number | null; notAttested: boolean; state: 'DRAFT' | 'CONFIRMED'; version: number } | null;
}

export interface JournalGridData {
  classId: number;
  className: string;
  subjectId: number;
  subjectName: string;
  groupId?: number | null;
  period: GridPeriod;
  periods: GridPeriod[];
  lessons: GridColumn[];
  students: GridRow[];
  workKinds: WorkKind[];
}

export interface DayLesson {
  id: number;
  slotNumber: number;
  startsAt: string;
  endsAt: string;
  classId: number;
  className: string;
  groupId?: number | null;
  groupName?: string | null;
  subjectId: number;
  subjectName: string;
  state: string;
  substitution: boolean;
  topic?: string | null;
  version: number;
}

export interface Teaching {
  classId: number;
  className: string;
  groupId?: number | null;
  groupName?: string | null;
  subjectId: number;
  subjectName: string;
}

export interface TeacherDayData {
  date: string;
  lessons: DayLesson[];
  teaching: Teaching[];
}

export interface HistoryEntry {
  cell: 'MARK' | 'ATTENDANCE';
  studentId: number;
  position?: number | null;
  action: string;
  oldValue?: string | null;
  newValue?: string | null;
  changedAt: string;
  changedByName?: string | null;
  reason?: string | null;
  approvedByName?: string | null;
}

export interface ChangeRequestItem {
  id: number;
  state: 'PENDING' | 'APPROVED' | 'REFUSED';
  /** MARK: the values; ATTENDANCE: the codes (null = present). */
  cell?: 'MARK' | 'ATTENDANCE';
  currentCode?: AttendanceCode | null;
  requestedCode?: AttendanceCode | null;
  lessonId: number;
  lessonDate: string;
  className: string;
  subjectName: string;
  studentId: number;
  studentName: string;
  position: number;
  currentValue?: number | null;
  currentValue2?: number | null;
  requestedValue?: number | null;
  requestedValue2?: number | null;
  reason: string;
  requestedAt: string;
  requestedByName?: string | null;
  decidedAt?: string | null;
  decidedByName?: string | null;
  decisionReason?: string | null;
}

export interface NewChangeRequest {
  studentId: number;
  position: number;
  value: number | null;
  value2: number | null;
  workKindId: number | null;
  reason: string;
  /** ATTENDANCE: a change of the student's attendance after the lesson day to `attendance` (null = present). */
  cell?: 'MARK' | 'ATTENDANCE';
  attendance?: AttendanceCode | null;
}

type Signal = AbortSignal | undefined;

export function getLesson(fetchImpl: typeof fetch, id: number, signal?: Signal) {
  return request<LessonPageData>(fetchImpl, `/api/v1/lessons/${id}`, { signal });
}

export function saveJournal(fetchImpl: typeof fetch, id: number, edit: JournalEdit) {
  return request<SavedJournal>(fetchImpl, `/api/v1/lessons/${id}/journal`, { method: 'PUT', body: edit });
}

export function getHistory(fetchImpl: typeof fetch, id: number, studentId: number, signal?: Signal) {
  return request<HistoryEntry[]>(fetchImpl, `/api/v1/lessons/${id}/history?studentId=${studentId}`, { signal });
}

export function requestChange(fetchImpl: typeof fetch, lessonId: number, change: NewChangeRequest) {
  return request<{ id: number }>(fetchImpl, `/api/v1/lessons/${lessonId}/change-requests`, {
    method: 'POST',
    body: change,
  });
}

export function getGrid(
  fetchImpl: typeof fetch,
  q: { classId: number; subjectId: number; groupId?: number | null; periodId?: number | null },
  signal?: Signal,
) {
  const params = new URLSearchParams({ classId: String(q.classId), subjectId: String(q.subjectId) });
  if (q.groupId) params.set('groupId', String(q.groupId));
  if (q.periodId) params.set('periodId', String(q.periodId));
  return request<JournalGridData>(fetchImpl, `/api/v1/journal/grid?${params}`, { signal });
}

export function getMyDay(fetchImpl: typeof fetch, date: string | null, signal?: Signal) {
  const query = date ? `?date=${encodeURIComponent(date)}` : '';
  return request<TeacherDayData>(fetchImpl, `/api/v1/journal/my-lessons${query}`, { signal });
}

export function listChangeRequests(fetchImpl: typeof fetch, schoolId: number, state: string, signal?: Signal) {
  const query = state ? `&state=${state}` : '';
  return request<ChangeRequestItem[]>(fetchImpl, `/api/v1/journal/change-requests?schoolId=${schoolId}${query}`, {
    signal,
  });
}

export function decideChangeRequest(fetchImpl: typeof fetch, id: number, approve: boolean, reason?: string) {
  return request<void>(fetchImpl, `/api/v1/journal/change-requests/${id}/${approve ? 'approve' : 'refuse'}`, {
    method: 'POST',
    body: approve ? {} : { reason },
  });
}

export function homeworkFileUrl(lessonId: number, fileId: number) {
  return `/api/v1/lessons/${lessonId}/homework-files/${fileId}`;
}

export function uploadHomeworkFile(fetchImpl: typeof fetch, lessonId: number, file: File) {
  return request<HomeworkFile>(fetchImpl, `/api/v1/lessons/${lessonId}/homework-files?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    file: { data: file, type: file.type || 'application/octet-stream' },
  });
}

export function removeHomeworkFile(fetchImpl: typeof fetch, lessonId: number, fileId: number) {
  return request<void>(fetchImpl, `/api/v1/lessons/${lessonId}/homework-files/${fileId}`, { method: 'DELETE' });
}

export interface FinalDecision {
  classId: number;
  subjectId: number;
  groupId: number | null;
  studentId: number;
  periodNumber: number;
  value: number | null;
  notAttested: boolean;
  reason: string | null;
  confirm: boolean;
}

export function decideFinalMark(fetchImpl: typeof fetch, decision: FinalDecision) {
  return request<unknown>(fetchImpl, '/api/v1/journal/final-marks', { method: 'PUT', body: decision });
}

/** A school's switchable journal rules and the kinds of work its marks use (`/api/v1/journal/settings/{schoolId}`). */
export interface JournalSettings {
  schoolId: number;
  grade1NoMarks: boolean;
  grade2FirstPeriodNoMarks: boolean;
  doubleMarksAllowed: boolean;
  workKinds: { id: number; code: string; name: string; shortName: string; weight: number; deadlineDays: number;
    controlWork: boolean }[];
}

export type JournalSwitches = Pick<JournalSettings, 'grade1NoMarks' | 'grade2FirstPeriodNoMarks' | 'doubleMarksAllowed'>;

export function getJournalSettings(fetchImpl: typeof fetch, schoolId: number, signal?: Signal) {
  return request<JournalSettings>(fetchImpl, `/api/v1/journal/settings/${schoolId}`, { signal });
}

export function saveJournalSettings(fetchImpl: typeof fetch, schoolId: number, switches: JournalSwitches) {
  return request<JournalSettings>(fetchImpl, `/api/v1/journal/settings/${schoolId}`, { method: 'PUT', body: switches });
}

/** A student's confirmed final marks of the year (`/api/v1/journal/final-marks/students/{id}`); periodNumber 0 = the year. */
export interface StudentFinalMarks {
  studentPersonId: number;
  academicYearId: number | null;
  periods: { number: number; startsOn: string; endsOn: string }[];
  subjects: { subjectId: number; subject: string; marks: { periodNumber: number; mark: string }[] }[];
}

export function getStudentFinalMarks(fetchImpl: typeof fetch, studentId: number, signal?: Signal) {
  return request<StudentFinalMarks>(fetchImpl, `/api/v1/journal/final-marks/students/${studentId}`, { signal });
}
