import { request } from './http';

/** The region administrator's exchanges API (`/api/v1/exchanges`), docs/api-exchanges.md. */

export interface Exchange {
  id: number;
  system: string;
  direction: 'IN' | 'OUT';
  channel: string;
  messageId: string | null;
  source: string | null;
  status: 'RUNNING' | 'COMPLETED' | 'PARTIAL' | 'DUPLICATE' | 'FAILED';
  received: number;
  applied: number;
  duplicates: number;
  rejected: number;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  error: string | null;
}

export interface RecordError {
  recordId: string | null;
  kind: string | null;
  reason: string;
  at: string;
}

export interface DeadLetter {
  id: string;
  routeId: string | null;
  source: string | null;
  size: number;
  failure: string | null;
  failedAt: string | null;
  status: 'WAITING' | 'RETRIED' | 'DISCARDED';
  reason: string | null;
  resolvedAt: string | null;
}

export interface RouteState {
  id: string;
  state: string;
}

const BASE = '/api/v1/exchanges';
type Signal = AbortSignal | undefined;

export const listExchanges = (f: typeof fetch, signal?: Signal) => request<Exchange[]>(f, BASE, { signal });

export const listRecordErrors = (f: typeof fetch, id: number, signal?: Signal) =>
  request<RecordError[]>(f, `${BASE}/${id}/errors`, { signal });

export const listDeadLetters = (f: typeof fetch, signal?: Signal) =>
  request<DeadLetter[]>(f, `${BASE}/dead-letters`, { signal });

export const decideDeadLetter = (f: typeof fetch, decision: 'retry' | 'discard', id: string, reason: string) =>
  request<void>(f, `${BASE}/dead-letters/${decision}`, { method: 'POST', body: { id, reason } });

export const listRoutes = (f: typeof fetch, signal?: Signal) => request<RouteState[]>(f, `${BASE}/routes`, { signal });

export const switchRoute = (f: typeof fetch, id: string, action: 'pause' | 'resume') =>
  request<void>(f, `${BASE}/routes/${encodeURIComponent(id)}/${action}`, { method: 'POST' });
