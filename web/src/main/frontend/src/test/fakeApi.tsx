import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ApiProvider } from '../api/ApiContext';

/** A JSON response; errors are problem JSON like the server's. */
export function json(status: number, body?: unknown): Response {
  if (status === 204) return new Response(null, { status });
  const type = status < 300 ? 'application/json' : 'application/problem+json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function problem(status: number, detail: string, field?: string): Response {
  return json(status, { type: 'about:blank', title: 'Ошибка', status, detail, ...(field ? { field } : {}) });
}

export interface FakeRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
  /** The body as sent when it is not JSON text (an uploaded file). */
  raw: unknown;
}

/** A `fetch` answering by a handler; `calls` keeps every request made. */
export function fakeFetch(handler: (request: FakeRequest) => Response | Promise<Response>) {
  const calls: FakeRequest[] = [];
  const fetchImpl = vi.fn<typeof fetch>(async (input, init = {}) => {
    const request: FakeRequest = {
      method: init.method ?? 'GET',
      url: new URL(String(input), 'http://localhost'),
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      raw: init.body,
    };
    calls.push(request);
    return handler(request);
  });
  return { fetchImpl, calls };
}

export function renderWithApi(ui: ReactElement, fetchImpl: typeof fetch) {
  return render(<ApiProvider fetchImpl={fetchImpl}>{ui}</ApiProvider>);
}

export const regionAdmin = { subject: 'r1', displayName: 'Соколова Ирина Павловна', roles: ['region-admin'] };
export const teacher = { subject: 't1', displayName: 'Иванова Мария Петровна', roles: ['teacher'] };

export function school(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    fullName: `Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № ${id}»`,
    shortName: `МБОУ СШ № ${id}`,
    inn: String(2460000000 + id),
    ogrn: '1022402000000',
    address: `г. Красноярск, ул. Мира, д. ${id}`,
    municipality: { id: 1, name: 'г. Красноярск' },
    administrators: [{ personId: 100 + id, displayName: 'Петрова Анна Викторовна' }],
    ...overrides,
  };
}
