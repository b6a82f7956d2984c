import { describe, expect, it } from 'vitest';
import { resolveRoute } from './routing';

describe('resolveRoute', () => {
  it('shows sign-in outcomes from the query string', () => {
    expect(resolveRoute('/', '?signin=unconfirmed')).toEqual({ name: 'signin-unconfirmed' });
    expect(resolveRoute('/', '?signin=failed')).toEqual({ name: 'signin-failed' });
  });

  it('falls back to home or not-found', () => {
    expect(resolveRoute('/', '')).toEqual({ name: 'home' });
    expect(resolveRoute('/', '?signin=whatever')).toEqual({ name: 'home' });
    expect(resolveRoute('/no/such/page', '')).toEqual({ name: 'not-found' });
  });
});
