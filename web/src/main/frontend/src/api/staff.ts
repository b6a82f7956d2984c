import { request } from './http';
import type { ImportJob } from './importJobs';
import type { Uploader } from './upload';

/** A school's staff (`/api/v1/schools/{id}/staff`) and its import from a spreadsheet. */

export type Position = 'DIRECTOR' | 'DEPUTY_DIRECTOR' | 'JOURNAL_ADMIN' | 'TEACHER' | 'SECRETARY';

/** Russian names of the positions, in the order they are offered. */
export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  TEACHER: 'Учитель',
  DIRECTOR: 'Директор',
  DEPUTY_DIRECTOR: 'Заместитель директора',
  JOURNAL_ADMIN: 'Администратор журнала',
  SECRETARY: 'Секретарь',
};

export const POSITIONS = Object.keys(POSITION_LABELS) as Position[];

/** «Учитель, Директор»; positions the application does not know are shown as the server sent them. */
export function positionsText(positions: readonly string[]): string {
  return positions.map((p) => POSITION_LABELS[p as Position] ?? p).join(', ');
}

export interface StaffMember {
  personId: number;
  displayName: string;
  positions: string[];
}

export interface StaffPage {
  items: StaffMember[];
  page: number;
  size: number;
  total: number;
}

export interface NewStaffMember {
  surname: string;
  givenName: string;
  patronymic: string;
  birthDate: string | null;
  snils: string;
  positions: Position[];
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportFormat = 'xlsx' | 'csv';

export const FILE_TYPES: Readonly<Record<ImportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

type Signal = AbortSignal | undefined;

const staff = (schoolId: number) => `/api/v1/schools/${schoolId}/staff`;

export function staffUrl(schoolId: number, { q, page, size }: { q: string; page: number; size: number }) {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  params.set('page', String(page));
  params.set('size', String(size));
  return `${staff(schoolId)}?${params}`;
}

export async function listStaff(
  fetchImpl: typeof fetch,
  schoolId: number,
  query: { q: string; page: number; size: number },
  signal?: Signal,
) {
  const result = await request<StaffPage>(fetchImpl, staffUrl(schoolId, query), { signal });
  if (!result.ok) return result;
  const items = (result.data.items ?? []).map((m) => ({ ...m, positions: m.positions ?? [] }));
  return { ...result, data: { ...result.data, items } };
}

export function addStaffMember(fetchImpl: typeof fetch, schoolId: number, member: NewStaffMember) {
  return request<StaffMember>(fetchImpl, staff(schoolId), { method: 'POST', body: member });
}

export function importTemplateUrl(schoolId: number, format: ImportFormat): string {
  return `${staff(schoolId)}/import-template?format=${format}`;
}

/** The format of a chosen file by its name, or null when it is neither a workbook nor CSV. */
export function importFormat(fileName: string): ImportFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  return null;
}

/** The staff list's address; its import jobs are under `…/imports/{jobId}`. */
export const staffListUrl = staff;

/** Starts importing the file: the job to follow ({@link followImport}). */
export function importStaff(
  upload: Uploader,
  schoolId: number,
  file: Blob,
  format: ImportFormat,
  onProgress: (fraction: number) => void,
) {
  return upload<ImportJob<ImportCounts>>(`${staff(schoolId)}/import`, { data: file, type: FILE_TYPES[format] },
    onProgress);
}
