import { describe, expect, it } from 'vitest';
import { fakeFetch, json, problem } from '../test/fakeApi';
import { API_MESSAGES, request } from './http';

describe('request', () => {
  it('sends writes as JSON with the CSRF header and the session cookie', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(201, { id: 1, name: 'г. Ачинск' }));
    const result = await request(fetchImpl, '/api/v1/municipalities', { method: 'POST', body: { name: 'г. Ачинск' } });
    expect(result).toEqual({ ok: true, status: 201, data: { id: 1, name: 'г. Ачинск' } });
    expect(calls[0]?.headers).toMatchObject({
      'Content-Type': 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
    });
    expect(calls[0]?.body).toEqual({ name: 'г. Ачинск' });
    expect(fetchImpl.mock.calls[0]?.[1]).toMatchObject({ credentials: 'same-origin', method: 'POST' });
  });

  it('sends reads without a body type', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(200, []));
    await request(fetchImpl, '/api/v1/municipalities');
    expect(calls[0]?.headers['Content-Type']).toBeUndefined();
    expect(calls[0]?.headers.Accept).toBe('application/json');
  });

  it('reads 204 as success without a body', async () => {
    const { fetchImpl } = fakeFetch(() => json(204));
    expect(await request(fetchImpl, '/x', { method: 'DELETE' })).toEqual({ ok: true, status: 204, data: undefined });
  });

  it('keeps the Russian detail and the field of a rejected request', async () => {
    const { fetchImpl } = fakeFetch(() => problem(409, 'Школа с таким ИНН уже есть.', 'inn'));
    expect(await request(fetchImpl, '/x', { method: 'POST', body: {} })).toEqual({
      ok: false,
      status: 409,
      kind: 'rejected',
      message: 'Школа с таким ИНН уже есть.',
      field: 'inn',
    });
  });

  it('names 401, 403, 5xx and a lost connection', async () => {
    const answer = (status: number) => fakeFetch(() => json(status, { title: 'Error', status })).fetchImpl;
    expect(await request(answer(401), '/x')).toMatchObject({ kind: 'signed-out', message: API_MESSAGES.signedOut });
    expect(await request(answer(403), '/x')).toMatchObject({ kind: 'forbidden', message: API_MESSAGES.forbidden });
    expect(await request(answer(500), '/x')).toMatchObject({ kind: 'failed', message: API_MESSAGES.server });
    const offline = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    }).fetchImpl;
    expect(await request(offline, '/x')).toMatchObject({ kind: 'offline', status: 0 });
  });

  it('reads an empty 200 as success without data', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('', { status: 200 }));
    expect(await request(fetchImpl, '/x', { method: 'PUT', body: {} })).toEqual({ ok: true, status: 200, data: undefined });
  });

  it('sends a file as is with its type, and keeps the row errors of a 422', async () => {
    const body = { status: 422, detail: 'Файл не загружен: в нём есть ошибки.', errors: [{ row: 3, field: 'СНИЛС', message: 'Неверный СНИЛС' }, 'junk'] };
    const { fetchImpl, calls } = fakeFetch(() => json(422, body));
    const file = new Blob(['Фамилия;Имя']);
    const result = await request(fetchImpl, '/import', { method: 'POST', file: { data: file, type: 'text/csv' } });
    expect(calls[0]?.headers).toMatchObject({ 'Content-Type': 'text/csv', 'X-Requested-With': 'XMLHttpRequest' });
    expect(calls[0]?.raw).toBe(file);
    expect(result).toMatchObject({ ok: false, status: 422, kind: 'rejected', rowErrors: [{ row: 3, field: 'СНИЛС', message: 'Неверный СНИЛС' }] });
  });
});
