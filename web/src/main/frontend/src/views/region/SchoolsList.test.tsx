import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { fakeFetch, json, regionAdmin, renderWithApi, school, type FakeRequest } from '../../test/fakeApi';
import { SchoolsList } from './SchoolsList';

const municipalities = [{ id: 1, name: 'г. Красноярск' }, { id: 2, name: 'г. Ачинск' }];

/** 57 schools, as the server pages them. */
function region(total = 57) {
  const all = Array.from({ length: total }, (_, i) => school(i + 1));
  return fakeFetch(({ url }: FakeRequest) => {
    if (url.pathname === '/api/v1/me') return json(200, regionAdmin);
    if (url.pathname === '/api/v1/municipalities') return json(200, municipalities);
    const page = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('size'));
    const q = url.searchParams.get('q') ?? '';
    const found = all.filter((s) => s.shortName.includes(q));
    return json(200, { items: found.slice(page * size, page * size + size), page, size, total: found.length });
  });
}

beforeEach(() => window.history.replaceState(null, '', '/region/schools'));

describe('«Школы региона»', () => {
  it('shows the rows of the first page and the paging text', async () => {
    const { fetchImpl, calls } = region();
    renderWithApi(<SchoolsList search="" />, fetchImpl);
    expect(await screen.findByText('Показаны 1–20 из 57')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Школы региона' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(21);
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'МБОУ СШ № 1' })).toHaveAttribute('href', '/region/schools/1');
    expect(rows[1]).toHaveTextContent('2460000001');
    expect(rows[1]).toHaveTextContent('г. Красноярск');
    expect(rows[1]).toHaveTextContent('Петрова Анна Викторовна');
    expect(screen.getByText('Страница 1 из 3')).toBeVisible();
    expect(screen.getByRole('button', { name: /Назад/ })).toHaveAttribute('aria-disabled', 'true');
    expect(calls.find((c) => c.url.pathname === '/api/v1/schools')?.url.search).toBe('?page=0&size=20');
  });

  it('shows a school without administrator as «не назначен»', async () => {
    const { fetchImpl } = fakeFetch(({ url }) =>
      url.pathname === '/api/v1/schools'
        ? json(200, { items: [school(3, { administrators: [], municipality: null })], page: 0, size: 20, total: 1 })
        : json(200, municipalities),
    );
    renderWithApi(<SchoolsList search="" />, fetchImpl);
    const row = (await screen.findAllByRole('row'))[1] as HTMLElement;
    expect(row).toHaveTextContent('не назначен');
    expect(row).toHaveTextContent('не указан');
  });

  it('says how to fill an empty list', async () => {
    const { fetchImpl } = region(0);
    renderWithApi(<SchoolsList search="" />, fetchImpl);
    expect(await screen.findByText('Школ пока нет. Добавьте первую школу.')).toBeVisible();
    const add = screen.getAllByRole('link', { name: 'Добавить школу' });
    expect(add.at(-1)).toHaveAttribute('href', '/region/schools/new');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages forward through the address and searches on the server', async () => {
    const { fetchImpl, calls } = region();
    render57(fetchImpl);
    await userEvent.click(await screen.findByRole('button', { name: /Далее/ }));
    expect(await screen.findByText('Показаны 21–40 из 57')).toHaveFocus();
    expect(window.location.search).toBe('?page=2');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Поиск' }), '№ 12');
    expect(await screen.findByText('Показаны 1–1 из 1')).toBeVisible();
    await waitFor(() => expect(window.location.search).toBe(`?q=${encodeURIComponent('№ 12').replace(/%20/g, '+')}`));
    const searches = calls.filter((c) => c.url.searchParams.has('q'));
    expect(searches.at(-1)?.url.searchParams.get('page')).toBe('0');
  });

  it('filters by municipality', async () => {
    const { fetchImpl, calls } = region();
    render57(fetchImpl);
    await screen.findByText('Показаны 1–20 из 57');
    await screen.findByRole('option', { name: 'г. Ачинск' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Муниципалитет' }), 'г. Ачинск');
    await waitFor(() => expect(calls.at(-1)?.url.searchParams.get('municipalityId')).toBe('2'));
    expect(window.location.search).toBe('?municipality=2');
  });
});

function render57(fetchImpl: typeof fetch) {
  return renderWithApi(<App fetchImpl={fetchImpl} />, fetchImpl);
}
