import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { fakeFetch, json, regionAdmin, renderWithApi, teacher } from './test/fakeApi';

function signedInAs(me: unknown) {
  return fakeFetch(({ url }) => {
    if (url.pathname === '/api/v1/me') return json(200, me);
    if (url.pathname === '/api/v1/municipalities') return json(200, []);
    if (url.pathname === '/api/v1/schools') return json(200, { items: [], page: 0, size: 20, total: 0 });
    return json(404, { status: 404 });
  });
}

function open(path: string, me: unknown) {
  window.history.replaceState(null, '', path);
  const { fetchImpl, calls } = signedInAs(me);
  renderWithApi(<App fetchImpl={fetchImpl} />, fetchImpl);
  return calls;
}

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('navigation by role', () => {
  it('shows «Регион» to the region administrator', async () => {
    open('/', regionAdmin);
    const nav = await screen.findByRole('navigation', { name: 'Разделы' });
    const region = within(nav).getByRole('link', { name: 'Регион' });
    expect(region).toHaveAttribute('href', '/region/schools');
    expect(region).not.toHaveAttribute('aria-current');
  });

  it('shows a teacher the timetable and plans but not the region', async () => {
    open('/', teacher);
    await screen.findByRole('heading', { level: 1, name: teacher.displayName });
    const sections = screen.getByRole('navigation', { name: 'Разделы' });
    expect(within(sections).getAllByRole('link').map((link) => link.textContent)).toEqual(['Журнал', 'Расписание', 'КТП']);
    expect(screen.getByRole('link', { name: 'Журнал' })).toHaveAttribute('href', '/journal');
    expect(screen.queryByRole('link', { name: 'Регион' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Выйти' })).toHaveAttribute('href', '/logout');
  });

  it('opens «Школы региона» from the header without reloading the page', async () => {
    open('/', regionAdmin);
    await userEvent.click(await screen.findByRole('link', { name: 'Регион' }));
    expect(window.location.pathname).toBe('/region/schools');
    expect(await screen.findByRole('heading', { level: 1, name: 'Школы региона' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Регион' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('Школ пока нет. Добавьте первую школу.')).toBeVisible();
    expect(document.title).toBe('Школы региона — Журнал');

    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: regionAdmin.displayName })).toBeVisible();
  });

  it('opens a deep link to the new school form directly', async () => {
    open('/region/schools/new', regionAdmin);
    expect(await screen.findByRole('heading', { level: 1, name: 'Новая школа' })).toBeVisible();
  });

  it('tells anybody else that the region pages are not theirs, without asking for the data', async () => {
    const calls = open('/region/schools/5', teacher);
    expect(await screen.findByRole('heading', { level: 1, name: 'Нет доступа' })).toBeVisible();
    expect(screen.getByText(/Региональный администратор/)).toBeVisible();
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/v1/me']);
  });

  it('offers sign-in on a region page when nobody is signed in', async () => {
    window.history.replaceState(null, '', '/region/schools');
    const { fetchImpl } = fakeFetch(() => json(401, { status: 401 }));
    renderWithApi(<App fetchImpl={fetchImpl} />, fetchImpl);
    expect(await screen.findByRole('link', { name: 'Войти через Госуслуги' })).toHaveAttribute('href', '/login');
  });
});
