import { request } from './http';

/** A school's calendar (`/api/v1/schools/{id}/years`, `/bell-schedules`); dates `yyyy-MM-dd`, times `HH:mm`. */

export type PeriodSystem = 'QUARTERS' | 'TRIMESTERS' | 'HALF_YEARS';
export type WorkingWeek = 'FIVE_DAYS' | 'SIX_DAYS';

export interface DayOff {
  day: string;
  reason: string;
}

export interface Period {
  number: number;
  startsOn: string;
  endsOn: string;
}

export interface AcademicYear {
  id: number;
  /** «2026/2027». */
  label: string;
  startsOn: string;
  endsOn: string;
  periodSystem: PeriodSystem;
  workingWeek: WorkingWeek;
  periods: Period[];
  daysOff: DayOff[];
}

export interface NewAcademicYear {
  startsOn: string;
  endsOn: string;
  periodSystem: PeriodSystem;
  workingWeek: WorkingWeek;
  periods: Array<{ startsOn: string; endsOn: string }>;
  daysOff: DayOff[];
}

export interface BellSlot {
  number: number;
  startsAt: string;
  endsAt: string;
}

export interface BellSchedule {
  id: number;
  name: string;
  slots: BellSlot[];
}

type Signal = AbortSignal | undefined;

const school = (schoolId: number) => `/api/v1/schools/${schoolId}`;

/** Newest first. */
export function listYears(fetchImpl: typeof fetch, schoolId: number, signal?: Signal) {
  return request<AcademicYear[]>(fetchImpl, `${school(schoolId)}/years`, { signal });
}

export function createYear(fetchImpl: typeof fetch, schoolId: number, year: NewAcademicYear) {
  return request<AcademicYear>(fetchImpl, `${school(schoolId)}/years`, { method: 'POST', body: year });
}

export function listBellSchedules(fetchImpl: typeof fetch, schoolId: number, signal?: Signal) {
  return request<BellSchedule[]>(fetchImpl, `${school(schoolId)}/bell-schedules`, { signal });
}

export function createBellSchedule(fetchImpl: typeof fetch, schoolId: number, schedule: Omit<BellSchedule, 'id'>) {
  return request<BellSchedule>(fetchImpl, `${school(schoolId)}/bell-schedules`, { method: 'POST', body: schedule });
}
