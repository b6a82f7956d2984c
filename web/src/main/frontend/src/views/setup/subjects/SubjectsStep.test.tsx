import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, problem, renderWithApi, school } from '../../../test/fakeApi';
import { SubjectsStep } from './SubjectsStep';

const subjects = [
  { id: 1, name: 'Математика', shortName: 'Матем.', schoolId: null },
  { id: 2, name: 'Робототехника', shortName: 'Робот.', schoolId: 5 },
];
const plan = { yearId: 3, items: [{ grade: 5, subjectId: 1, subjectName: 'Математика', hoursPerYear: 170, hoursPerWeek: 5 }] };

function server(onPut: (body: unknown) => Response) {
  return fakeFetch(({ method, url, body }) => {
    if (method === 'PUT') return onPut(body);
    if (url.pathname === '/api/v1/subjects') return json(200, subjects);
    if (url.pathname.endsWith('/years')) return json(200, [{ id: 3, label: '2026/2027' }]);
    if (url.pathname.endsWith('/curriculum')) return json(200, plan);
    if (url.pathname.endsWith('/classes')) return json(200, [{ id: 9, grade: 5 }, { id: 10, grade: 6 }]);
    return problem(404, 'Не найдено.');
  });
}

function open(fetchImpl: typeof fetch) {
  const s = school(5) as Parameters<typeof SubjectsStep>[0]['school'];
  renderWithApi(<SubjectsStep school={s} summary={null} onChange={vi.fn()} />, fetchImpl);
}

describe('«Предметы»', () => {
  it('shows the catalogue, the school’s subjects and the plan for the grades with classes', async () => {
    open(server(() => json(200)).fetchImpl);
    const maths = await screen.findByRole('textbox', { name: 'Математика, 5 класс: часов в год' });
    expect(maths).toHaveValue('170');
    expect(maths).toHaveAccessibleDescription('5 ч/нед');
    expect(screen.getByRole('textbox', { name: 'Робототехника, 6 класс: часов в год' })).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: /1 класс/ })).toBeNull();
    expect(screen.getByText('Робототехника', { selector: '.chip--own' })).toBeVisible();
  });

  it('saves the whole plan with PUT, estimating the weekly hours of a changed cell', async () => {
    const { fetchImpl, calls } = server(() => json(200));
    open(fetchImpl);
    const robots = await screen.findByRole('textbox', { name: 'Робототехника, 6 класс: часов в год' });
    await userEvent.type(robots, '68');
    expect(robots).toHaveAccessibleDescription('≈ 2 ч/нед');
    expect(screen.getByText('Есть несохранённые изменения.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить учебный план' }));
    expect(await screen.findByText(/Учебный план на 2026\/2027 сохранён: 2/)).toBeVisible();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.url.pathname).toBe('/api/v1/schools/5/curriculum');
    expect(put?.body).toEqual({ yearId: 3, items: [{ subjectId: 1, grade: 5, hoursPerYear: 170 }, { subjectId: 2, grade: 6, hoursPerYear: 68 }] });
  });

  it('refuses hours that are not whole numbers and shows the server’s problem at the top', async () => {
    const { fetchImpl, calls } = server(() => problem(400, 'Часы по предмету должны быть больше нуля', 'items'));
    open(fetchImpl);
    const cell = await screen.findByRole('textbox', { name: 'Робототехника, 5 класс: часов в год' });
    await userEvent.type(cell, '3,5');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить учебный план' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Проверьте: Робототехника, 5 класс.');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.clear(cell);
    await userEvent.type(cell, '34');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить учебный план' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Часы по предмету должны быть больше нуля'));
  });
});
