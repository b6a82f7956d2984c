import { afterEach, describe, expect, it, vi } from 'vitest';
import { xhrUpload } from './upload';

/** A stand-in XMLHttpRequest that answers with the given status and body after reporting progress. */
class FakeXhr {
  static last: FakeXhr | null = null;
  static answer = { status: 200, type: 'application/json', body: '{}' };
  headers: Record<string, string> = {};
  method = '';
  url = '';
  timeout = 0;
  status = 0;
  responseText = '';
  sent: unknown = null;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return name.toLowerCase() === 'content-type' ? FakeXhr.answer.type : null;
  }
  send(body: unknown) {
    this.sent = body;
    this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    if (FakeXhr.answer.status === 0) {
      this.onerror?.();
      return;
    }
    this.status = FakeXhr.answer.status;
    this.responseText = FakeXhr.answer.body;
    this.onload?.();
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('xhrUpload', () => {
  it('posts the file with its type and the CSRF header, reporting progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = { status: 200, type: 'application/json', body: '{"created":2,"updated":0,"unchanged":1}' };
    const progress: number[] = [];
    const file = new Blob(['a;b']);
    const result = await xhrUpload('/api/v1/schools/5/staff/import', { data: file, type: 'text/csv' }, (f) => progress.push(f));
    expect(result).toEqual({ ok: true, status: 200, data: { created: 2, updated: 0, unchanged: 1 } });
    expect(progress).toEqual([0.5, 1]);
    expect(FakeXhr.last?.method).toBe('POST');
    expect(FakeXhr.last?.headers).toMatchObject({ 'Content-Type': 'text/csv', 'X-Requested-With': 'XMLHttpRequest' });
    expect(FakeXhr.last?.sent).toBe(file);
  });

  it('reads a 422 problem with its row errors', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const body = { status: 422, detail: 'Файл не загружен: в нём есть ошибки.', errors: [{ row: 5, field: 'СНИЛС', message: 'Неверный СНИЛС' }] };
    FakeXhr.answer = { status: 422, type: 'application/problem+json', body: JSON.stringify(body) };
    const result = await xhrUpload('/x', { data: new Blob([]), type: 'text/csv' }, () => {});
    expect(result).toMatchObject({
      ok: false, status: 422, kind: 'rejected', message: 'Файл не загружен: в нём есть ошибки.',
      rowErrors: [{ row: 5, field: 'СНИЛС', message: 'Неверный СНИЛС' }],
    });
  });

  it('reports a lost connection', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = { status: 0, type: '', body: '' };
    expect(await xhrUpload('/x', { data: new Blob([]), type: 'text/csv' }, () => {})).toMatchObject({ ok: false, kind: 'offline' });
  });
});
