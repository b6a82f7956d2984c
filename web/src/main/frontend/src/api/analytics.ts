import { request } from './http';

/** The analytics export's files for the region administrator (`/api/v1/analytics-exports`), docs/api-federal.md. */

export interface AnalyticsFile {
  name: string;
  date: string;
  format: 'csv' | 'json';
  size: number;
  writtenAt: string;
}

export interface AnalyticsRun {
  date: string;
  rows: number;
}

const BASE = '/api/v1/analytics-exports';

export const listAnalyticsFiles = (f: typeof fetch, signal?: AbortSignal) =>
  request<AnalyticsFile[]>(f, BASE, { signal });

export const runAnalyticsExport = (f: typeof fetch, date: string) =>
  request<AnalyticsRun>(f, `${BASE}/runs`, { method: 'POST', body: { date } });

export const analyticsFileUrl = (name: string) => `${BASE}/${encodeURIComponent(name)}`;
