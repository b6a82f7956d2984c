import { request } from './http';

type Signal = AbortSignal | undefined;

/** A summary of students (отличники, хорошисты…); shares in per cent, null when nobody is attested. */
export interface StudentsSummary {
  attested: number;
  excellent: number;
  good: number;
  singleThree: number;
  failing: number;
  notAttested: number;
  progressPercent: number | null;
  qualityPercent: number | null;
  averageMark: number | null;
}

/** A subject's period marks by value. */
export interface MarksSummary {
  count: number;
  fives: number;
  fours: number;
  threes: number;
  twos: number;
  notAttested: number;
  progressPercent: number | null;
  qualityPercent: number | null;
  averageMark: number | null;
}

export interface Absences {
  total: number;
  ill: number;
  excused: number;
}

export interface ProgressClassRow {
  classId: number;
  name: string;
  grade: number;
  students: number;
  summary: StudentsSummary;
  absences: Absences;
  subjects: { subjectId: number; name: string; summary: MarksSummary }[];
}

export interface ProgressReport {
  schoolId: number;
  yearId: number;
  periodSystem: 'QUARTERS' | 'TRIMESTERS' | 'HALF_YEARS';
  periods: { number: number; startsOn: string; endsOn: string }[];
  periodNumber: number;
  startsOn: string;
  endsOn: string;
  listOn: string;
  dataAsOf: string;
  classes: ProgressClassRow[];
  school: StudentsSummary;
  schoolAbsences: Absences;
}

export interface DashboardFigures {
  pupils: number;
  attested: number;
  qualityPercent: number | null;
  progressPercent: number | null;
  attendancePercent: number | null;
  lessons: number;
  topicPercent: number | null;
  marksPercent: number | null;
}

export interface RegionDashboard {
  dataAsOf: string;
  from: string;
  to: string;
  region: DashboardFigures;
  municipalities: {
    id: number | null;
    name: string | null;
    figures: DashboardFigures;
    schools: { id: number; name: string; periodNumber: number | null; figures: DashboardFigures }[];
  }[];
}

export interface ProposalRun {
  runId: number;
  schoolYear: number;
  periodKind: string;
  number: number;
  schools: number;
  proposals: number;
  notAttested: number;
  startedAt: string;
  finishedAt: string;
}

export function progressReportUrl(schoolId: number, period: number | null, csv = false): string {
  return `/api/v1/schools/${schoolId}/reports/progress${csv ? '/csv' : ''}${period ? `?period=${period}` : ''}`;
}

export function getProgressReport(fetchImpl: typeof fetch, schoolId: number, period: number | null, signal?: Signal) {
  return request<ProgressReport>(fetchImpl, progressReportUrl(schoolId, period), { signal });
}

export function getRegionDashboard(fetchImpl: typeof fetch, signal?: Signal) {
  return request<RegionDashboard>(fetchImpl, '/api/v1/region/dashboard', { signal });
}

export function computeProposals(fetchImpl: typeof fetch, kind: string, number: number) {
  return request<ProposalRun>(fetchImpl, `/api/v1/region/final-marks/${kind}/${number}/proposals`, { method: 'POST' });
}
