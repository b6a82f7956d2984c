import type { ImportJob } from './importJobs';
import type { RowError } from './problem';
import { FILE_TYPES, type ImportFormat } from './staff';
import type { Uploader } from './upload';

/** A school's students list with their legal representatives (`/api/v1/schools/{id}/students/import…`). */

export interface StudentImportCounts {
  created: number;
  enrolled: number;
  unchanged: number;
  representativesCreated: number;
  representativesLinked: number;
}

export interface StudentImportPreview {
  yearLabel: string;
  rows: number;
  validRows: number;
  errorCount: number;
  errors: RowError[];
  counts: StudentImportCounts;
}

const base = (schoolId: number) => `/api/v1/schools/${schoolId}/students`;
const year = (yearId: number | null) => (yearId ? `yearId=${yearId}` : '');

export function studentTemplateUrl(schoolId: number, format: ImportFormat): string {
  return `${base(schoolId)}/import-template?format=${format}`;
}

/** Checks the file; nothing is stored. */
export function previewStudents(upload: Uploader, schoolId: number, yearId: number | null, file: Blob,
  format: ImportFormat, onProgress: (fraction: number) => void) {
  const query = year(yearId);
  return upload<StudentImportPreview>(`${base(schoolId)}/import/preview${query ? `?${query}` : ''}`,
    { data: file, type: FILE_TYPES[format] }, onProgress);
}

/** The students list's address; its import jobs are under `…/imports/{jobId}`. */
export const studentListUrl = base;

/**
 * Starts importing the file, all rows (refused whole on any error) or only the valid ones: the job to follow
 * ({@link followImport}).
 */
export function importStudents(upload: Uploader, schoolId: number, yearId: number | null, file: Blob,
  format: ImportFormat, validRowsOnly: boolean, onProgress: (fraction: number) => void) {
  const params = new URLSearchParams();
  if (yearId) params.set('yearId', String(yearId));
  if (validRowsOnly) params.set('validRowsOnly', 'true');
  const query = params.toString();
  return upload<ImportJob<StudentImportCounts>>(`${base(schoolId)}/import${query ? `?${query}` : ''}`,
    { data: file, type: FILE_TYPES[format] }, onProgress);
}
