import { MESSAGES } from './me';
import { problemMessage, readProblem, rowErrors, type RowError } from './problem';

/** What went wrong with a request, in words for the person (Russian). */
export interface ApiFailure {
  ok: false;
  /** HTTP status, 0 when the server was not reached. */
  status: number;
  kind: 'signed-out' | 'forbidden' | 'not-found' | 'rejected' | 'failed' | 'offline';
  message: string;
  /** The request field the server named (problem JSON `field`). */
  field: string | null;
  /** The rejected rows of an imported file (problem JSON `errors`), when the server listed them. */
  rowErrors?: RowError[];
}

export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

export const API_MESSAGES = {
  offline: MESSAGES.offline,
  server: MESSAGES.server,
  signedOut: 'Сеанс завершён. Войдите снова, чтобы продолжить.',
  forbidden: 'У вас нет доступа к этим данным.',
  notFound: 'Запись не найдена. Возможно, её удалили или в адресе ошибка.',
  rejected: 'Сервер не принял данные. Проверьте их и попробуйте ещё раз.',
  unexpected: 'Не удалось выполнить запрос. Попробуйте ещё раз.',
} as const;

/** A request that has not answered by then is treated as a lost connection. */
export const REQUEST_TIMEOUT_MS = 20_000;

/** Marks write requests as coming from the application's own scripts (the server's CSRF guard). */
export const REQUESTED_WITH = { 'X-Requested-With': 'XMLHttpRequest' } as const;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with its own Content-Type (an uploaded file); instead of `body`. */
  file?: { data: Blob; type: string } | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * The one way the application talks to `/api/v1`: same-origin cookies, JSON in and out, the
 * CSRF header on writes, a bounded wait. Never throws: every failure becomes an {@link ApiFailure}
 * whose message can be shown as is.
 */
export async function request<T>(
  fetchImpl: typeof fetch,
  url: string,
  { method = 'GET', body, file, signal }: RequestOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, REQUESTED_WITH);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (file) headers['Content-Type'] = file.type;
  const payload = file ? { body: file.data } : body !== undefined ? { body: JSON.stringify(body) } : {};

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward);

  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: controller.signal,
      ...payload,
    });
  } catch {
    return failure(0, 'offline', API_MESSAGES.offline);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }

  return readResult<T>(response);
}

/** Reads an answer of the server: its JSON body, or an {@link ApiFailure} from its problem JSON. */
export async function readResult<T>(response: Response): Promise<ApiResult<T>> {
  if (response.ok) {
    return readBody<T>(response);
  }
  const problem = await readProblem(response);
  const field = typeof problem?.field === 'string' && problem.field ? problem.field : null;
  const { status } = response;
  if (status === 401) return failure(status, 'signed-out', API_MESSAGES.signedOut);
  if (status === 403) return failure(status, 'forbidden', problemMessage(problem, API_MESSAGES.forbidden));
  if (status === 404) return failure(status, 'not-found', problemMessage(problem, API_MESSAGES.notFound));
  if (status >= 500) return failure(status, 'failed', problemMessage(problem, API_MESSAGES.server));
  const rejected = failure(status, 'rejected', problemMessage(problem, API_MESSAGES.rejected), field);
  const rows = rowErrors(problem);
  return rows ? { ...rejected, rowErrors: rows } : rejected;
}

async function readBody<T>(response: Response): Promise<ApiResult<T>> {
  if (response.status === 204) {
    return { ok: true, status: 204, data: undefined as T };
  }
  try {
    // A write may answer 200 without a body (PUT of a curriculum): that is a success too.
    const text = await response.text();
    return { ok: true, status: response.status, data: (text.trim() ? JSON.parse(text) : undefined) as T };
  } catch {
    return failure(response.status, 'failed', API_MESSAGES.unexpected);
  }
}

export function failure(
  status: number,
  kind: ApiFailure['kind'],
  message: string,
  field: string | null = null,
): ApiFailure {
  return { ok: false, status, kind, message, field };
}
