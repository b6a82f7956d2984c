import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, problem, renderWithApi, school, type FakeRequest } from '../../../test/fakeApi';
import { ClassesStep } from './ClassesStep';

const years = [{ id: 4, label: '2027/2028' }, { id: 3, label: '2026/2027' }];
const staff = [
  { personId: 21, displayName: 'Иванова Мария Петровна', positions: ['TEACHER'] },
  { personId: 22, displayName: 'Секретарёва Ольга Ивановна', positions: ['SECRETARY'] },
];
const fiveA = { id: 9, name: '5А', grade: 5, letter: 'А', yearId: 3, classTeacher: { personId: 21, displayName: 'Иванова Мария Петровна' }, studentCount: 24 };

function server(onCreate: (request: FakeRequest) => Response) {
  return fakeFetch((request) => {
    const path = request.url.pathname;
    if (request.method === 'POST') return onCreate(request);
    if (path.endsWith('/years')) return json(200, years);
    if (path.endsWith('/staff')) return json(200, { items: staff, page: 0, size: 200, total: 2 });
    if (path.endsWith('/classes')) return json(200, request.url.searchParams.get('yearId') === '3' ? [fiveA] : []);
    if (path.endsWith('/students') || path.endsWith('/representatives')) return json(200, { items: [], page: 0, size: 20, total: 0 });
    return problem(404, 'Не найдено.');
  });
}

function open(fetchImpl: typeof fetch) {
  const s = school(5) as Parameters<typeof ClassesStep>[0]['school'];
  renderWithApi(<ClassesStep school={s} summary={null} onChange={vi.fn()} />, fetchImpl);
}

describe('«Классы»', () => {
  it('lists the classes of the chosen year with links to their pages', async () => {
    open(server(() => json(201, {})).fetchImpl);
    expect(await screen.findByText(/Классов в этом учебном году пока нет/)).toBeVisible();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Учебный год' }), '2026/2027');
    const link = await screen.findByRole('link', { name: '5А' });
    expect(link).toHaveAttribute('href', '/region/classes/9?school=5');
    expect(link.closest('tr')).toHaveTextContent('Иванова Мария Петровна');
    expect(link.closest('tr')).toHaveTextContent('24');
  });

  it('offers only teachers as class teachers and shows the server’s 409 under «Буква»', async () => {
    const { fetchImpl, calls } = server(() => problem(409, 'Класс 5А уже есть в этом учебном году', 'letter'));
    open(fetchImpl);
    const teacher = await screen.findByRole('combobox', { name: 'Классный руководитель' });
    await waitFor(() => expect(within(teacher).getAllByRole('option').map((o) => o.textContent)).toEqual(['Не назначен', 'Иванова Мария Петровна']));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Параллель/ }), '5 класс');
    await userEvent.type(screen.getByRole('textbox', { name: /Буква/ }), 'а');
    await userEvent.selectOptions(teacher, 'Иванова Мария Петровна');
    await userEvent.click(screen.getByRole('button', { name: 'Создать класс' }));

    const letter = screen.getByRole('textbox', { name: /Буква/ });
    await waitFor(() => expect(letter).toHaveFocus());
    expect(letter).toHaveAttribute('aria-invalid', 'true');
    expect(letter).toHaveAccessibleDescription(expect.stringContaining('Класс 5А уже есть в этом учебном году'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ yearId: 4, grade: 5, letter: 'А', classTeacherPersonId: 21 });
  });

  it('shows a problem about the year at the top of the form', async () => {
    open(server(() => problem(400, 'Учебный год закрыт: классы в нём не создаются.', 'yearId')).fetchImpl);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /Параллель/ }), '1 класс');
    await userEvent.type(screen.getByRole('textbox', { name: /Буква/ }), 'Б');
    await userEvent.click(screen.getByRole('button', { name: 'Создать класс' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Учебный год закрыт');
    await waitFor(() => expect(alert).toHaveFocus());
  });
});
