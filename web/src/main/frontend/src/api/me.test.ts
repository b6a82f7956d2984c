import { describe, expect, it, vi } from 'vitest';
import { loadMe, ME_URL, MESSAGES } from './me';

function respond(status: number, body: unknown, type = 'application/json'): typeof fetch {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return vi.fn(async () => new Response(text, { status, headers: { 'Content-Type': type } }));
}

describe('loadMe', () => {
  it('asks the same-origin session endpoint', async () => {
    const fetchImpl = respond(401, { status: 401 }, 'application/problem+json');
    await loadMe(fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith(
      ME_URL,
      expect.objectContaining({ credentials: 'same-origin' }),
    );
  });

  it('reads the signed-in person and builds the name from parts when needed', async () => {
    const result = await loadMe(
      respond(200, { subject: 's1', surname: 'Петров', givenName: 'Пётр', roles: ['parent', 7] }),
    );
    expect(result).toMatchObject({
      kind: 'signed-in',
      me: { subject: 's1', displayName: 'Петров Пётр', roles: ['parent'] },
    });
  });

  it('keeps whether the account is bound, so an unbound one is offered the invite code', async () => {
    const unbound = await loadMe(respond(200, { subject: 's2', displayName: 'Орлова Наталья Игоревна', roles: [], binding: 'NONE' }));
    expect(unbound).toMatchObject({ kind: 'signed-in', me: { binding: 'NONE' } });
    const odd = await loadMe(respond(200, { subject: 's3', displayName: 'Х', roles: [], binding: 'MAYBE' }));
    expect(odd.kind === 'signed-in' && 'binding' in odd.me).toBe(false);
  });

  it('treats 401 as signed out', async () => {
    const result = await loadMe(respond(401, { title: 'Unauthorized' }, 'application/problem+json'));
    expect(result).toEqual({ kind: 'signed-out' });
  });

  it('shows a Russian problem detail from the server', async () => {
    const problem = { title: 'Service Unavailable', status: 503, detail: 'Идёт обновление журнала.' };
    const result = await loadMe(respond(503, problem, 'application/problem+json'));
    expect(result).toEqual({ kind: 'error', message: 'Идёт обновление журнала.' });
  });

  it('never shows English framework messages or HTML error pages', async () => {
    const english = await loadMe(
      respond(500, { title: 'Internal Server Error', detail: 'NullPointerException' }, 'application/problem+json'),
    );
    expect(english).toEqual({ kind: 'error', message: MESSAGES.server });
    const html = await loadMe(respond(502, '<html>Ошибка прокси</html>', 'text/html'));
    expect(html).toEqual({ kind: 'error', message: MESSAGES.server });
  });

  it('reports a lost connection', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadMe(offline)).toEqual({ kind: 'error', message: MESSAGES.offline });
  });
});
