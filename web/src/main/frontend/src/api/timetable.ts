import { request } from './http';

/**
 * The weekly timetable, its editor's choices, generated lessons and substitutions (`/api/v1/schools/{id}/timetable`).
 */

export type WeekKind = 'EVERY' | 'A' | 'B';

export interface TimetableEntry {
  id: number;
  /** 1 Monday … 6 Saturday. */
  weekday: number;
  weekKind: WeekKind;
  bellScheduleId: number;
  slotNumber: number;
  startsAt: string;
  endsAt: string;
  assignmentId: number;
  subjectId: number;
  subject: string;
  teacherId: number;
  teacher: string;
  groupId: number | null;
  group: string | null;
  streamId: number | null;
  stream: string | null;
  roomId: number | null;
  room: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface TimetableWeek {
  classId: number;
  date: string;
  monday: string;
  /** Whether the week of `date` is week A or B. */
  week: 'A' | 'B';
  entries: TimetableEntry[];
}

export interface Named {
  id: number;
  name: string;
}

export interface TimetableOptions {
  assignments: { id: number; subject: string; teacher: string; group: string | null; stream: string | null }[];
  rooms: Named[];
  bellSchedules: { id: number; name: string; slots: { number: number; startsAt: string; endsAt: string }[] }[];
  teachers: Named[];
}

export interface NewEntry {
  assignmentId: number;
  weekday: number;
  weekKind: WeekKind;
  bellScheduleId: number;
  slotNumber: number;
  roomId: number | null;
  validFrom: string | null;
}

export interface EntryChange {
  entry: TimetableEntry | null;
  lessonsCreated: number;
  lessonsRemoved: number;
  kept: { id: number; date: string; slotNumber: number; classId: number }[];
}

export interface Substitution {
  id: number;
  kind: 'CANCEL' | 'TEACHER' | 'ROOM' | 'MOVE';
  lessonId: number;
  classId: number;
  className: string;
  subject: string;
  fromDate: string;
  fromSlot: number;
  toDate: string;
  toSlot: number;
  teacher: string;
  substitute: string | null;
  room: string | null;
  reason: string | null;
  cancelled: boolean;
}

export type LessonChange =
  | { kind: 'cancel'; reason: string }
  | { kind: 'teacher'; teacherId: number; reason: string }
  | { kind: 'room'; roomId: number; reason: string }
  | { kind: 'move'; date: string; slotNumber: number; reason: string };

type Signal = AbortSignal | undefined;

const base = (schoolId: number) => `/api/v1/schools/${schoolId}/timetable`;

export function getWeek(fetchImpl: typeof fetch, schoolId: number, classId: number, date: string, signal?: Signal) {
  return request<TimetableWeek>(fetchImpl, `${base(schoolId)}?classId=${classId}&date=${encodeURIComponent(date)}`, {
    signal,
  });
}

export function getOptions(fetchImpl: typeof fetch, schoolId: number, classId: number, signal?: Signal) {
  return request<TimetableOptions>(fetchImpl, `${base(schoolId)}/options?classId=${classId}`, { signal });
}

export function addEntry(fetchImpl: typeof fetch, schoolId: number, entry: NewEntry) {
  return request<EntryChange>(fetchImpl, `${base(schoolId)}/entries`, { method: 'POST', body: entry });
}

export function endEntry(fetchImpl: typeof fetch, schoolId: number, entryId: number, validTo: string) {
  return request<EntryChange>(fetchImpl, `${base(schoolId)}/entries/${entryId}/end`, {
    method: 'POST',
    body: { validTo },
  });
}

export function removeEntry(fetchImpl: typeof fetch, schoolId: number, entryId: number) {
  return request<EntryChange>(fetchImpl, `${base(schoolId)}/entries/${entryId}`, { method: 'DELETE' });
}

export function listSubstitutions(fetchImpl: typeof fetch, schoolId: number, date: string, signal?: Signal) {
  return request<Substitution[]>(fetchImpl, `${base(schoolId)}/substitutions?date=${encodeURIComponent(date)}`, {
    signal,
  });
}

export function changeLesson(fetchImpl: typeof fetch, schoolId: number, lessonId: number, change: LessonChange) {
  const { kind, ...body } = change;
  return request<void>(fetchImpl, `${base(schoolId)}/lessons/${lessonId}/${kind}`, { method: 'POST', body });
}

export interface DayLesson {
  id: number;
  slotNumber: number;
  startsAt: string;
  endsAt: string;
  subject: string;
  group: string | null;
  teacher: string;
  substitute: string | null;
  room: string | null;
  cancelled: boolean;
  changeNote: string | null;
}

export function listDayLessons(fetchImpl: typeof fetch, schoolId: number, classId: number, date: string, signal?: Signal) {
  return request<DayLesson[]>(fetchImpl, `${base(schoolId)}/lessons?classId=${classId}&date=${encodeURIComponent(date)}`, {
    signal,
  });
}

/** The school's academic year containing a date, with its classes (readable by the school's staff). */
export interface SchoolYearClasses {
  yearId: number;
  startsOn: string;
  endsOn: string;
  classes: Named[];
}

export function getSchoolYear(fetchImpl: typeof fetch, schoolId: number, date: string, signal?: Signal) {
  return request<SchoolYearClasses>(fetchImpl, `${base(schoolId)}/classes?date=${encodeURIComponent(date)}`, { signal });
}
