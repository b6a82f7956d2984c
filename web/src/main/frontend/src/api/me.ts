import { problemMessage, readProblem } from './problem';

/** The signed-in person, as `GET /api/v1/me` returns it. */
export interface Me {
  subject: string;
  displayName: string;
  surname?: string;
  givenName?: string;
  patronymic?: string;
  roles: string[];
  /** Whether the account is bound to a person card: NONE, PENDING or CONFIRMED. */
  binding?: 'NONE' | 'PENDING' | 'CONFIRMED';
  /** The schools where the bound person card holds a position now (once the binding is confirmed). */
  schools?: { schoolId: number; shortName: string; positions: string[] }[];
}

export type MeResult =
  | { kind: 'signed-in'; me: Me }
  | { kind: 'signed-out' }
  | { kind: 'error'; message: string };

export const ME_URL = '/api/v1/me';

export const MESSAGES = {
  offline: 'Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз.',
  server: 'Сервер временно не отвечает. Попробуйте ещё раз через минуту.',
  unexpected: 'Не удалось получить данные о вашей учётной записи. Попробуйте ещё раз.',
} as const;

/** Loads the current person; never throws, every failure becomes an `error` result. */
export async function loadMe(
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<MeResult> {
  let response: Response;
  try {
    response = await fetchImpl(ME_URL, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    });
  } catch {
    return { kind: 'error', message: MESSAGES.offline };
  }

  if (response.status === 401) {
    return { kind: 'signed-out' };
  }
  if (!response.ok) {
    const fallback = response.status >= 500 ? MESSAGES.server : MESSAGES.unexpected;
    return { kind: 'error', message: problemMessage(await readProblem(response), fallback) };
  }
  try {
    const body: unknown = await response.json();
    return { kind: 'signed-in', me: toMe(body) };
  } catch {
    return { kind: 'error', message: MESSAGES.unexpected };
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function toMe(body: unknown): Me {
  if (body === null || typeof body !== 'object') {
    throw new TypeError('Unexpected /me body');
  }
  const raw = body as Record<string, unknown>;
  const fromParts = [raw.surname, raw.givenName, raw.patronymic].map(text).filter(Boolean).join(' ');
  const roles = Array.isArray(raw.roles)
    ? raw.roles.filter((role): role is string => typeof role === 'string')
    : [];
  return {
    subject: text(raw.subject),
    displayName: text(raw.displayName) || fromParts,
    surname: text(raw.surname),
    givenName: text(raw.givenName),
    patronymic: text(raw.patronymic),
    roles,
    ...(raw.binding === 'NONE' || raw.binding === 'PENDING' || raw.binding === 'CONFIRMED' ? { binding: raw.binding } : {}),
    ...(Array.isArray(raw.schools) ? { schools: raw.schools as NonNullable<Me['schools']> } : {}),
  };
}
