import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, problem, renderWithApi, type FakeRequest } from '../../../test/fakeApi';
import { MovementsPage } from './MovementsPage';

const years = [{ id: 3, label: '2026/2027', startsOn: '2000-09-01', endsOn: '2099-05-31', periods: [], daysOff: [] }];
const fiveA = { id: 9, name: '5А', grade: 5, letter: 'А', yearId: 3, classTeacher: null, studentCount: 1 };
const fiveB = { id: 10, name: '5Б', grade: 5, letter: 'Б', yearId: 3, classTeacher: null, studentCount: 0 };
const history = {
  personId: 101, displayName: 'Смирнов Артём Игоревич', schoolId: 5, currentClassId: 9, currentClassName: '5А',
  events: [
    { id: 1, kind: 'ARRIVE', date: '2026-09-01', classId: 9, className: '5А', yearLabel: '2026/2027', groupId: null, groupName: null, orderRef: '№ 112-у' },
    { id: 2, kind: 'GROUP_JOIN', date: '2026-09-01', classId: 9, className: '5А', yearLabel: '2026/2027', groupId: 4, groupName: 'Английский 1', orderRef: null },
  ],
};

function server(onMove: (r: FakeRequest) => Response) {
  return fakeFetch((request) => {
    const path = request.url.pathname;
    if (request.method === 'POST') return onMove(request);
    if (path.endsWith('/years')) return json(200, years);
    if (path.endsWith('/classes')) return json(200, [fiveA, fiveB]);
    if (path === '/api/v1/classes/9') return json(200, { ...fiveA, date: '2026-11-20', students: [{ personId: 101, displayName: history.displayName, birthDate: null }], groups: [] });
    if (path.endsWith('/movement-history')) return json(200, history);
    return problem(404, 'Не найдено.');
  });
}

describe('«Движение обучающихся»', () => {
  it('shows the class list with links and the student’s movement history', async () => {
    renderWithApi(<MovementsPage schoolId={5} classId={9} studentId={101} />, server(() => json(201, {})).fetchImpl);
    expect(await screen.findByRole('link', { name: 'Смирнов Артём Игоревич' })).toHaveAttribute('href', '/journal/movements?school=5&class=9&student=101');
    const table = await screen.findByRole('table', { name: 'История движения' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('01.09.2026Прибытие в класс5А (2026/2027)—№ 112-у');
    expect(rows[1]).toHaveTextContent('Зачисление в группу');
    expect(rows[1]).toHaveTextContent('Английский 1');
    expect(screen.getByText('Сейчас в классе 5А.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Зачислить ученика в 5А' })).toBeVisible();
  });

  it('transfers the student to another class from a date with the order', async () => {
    const { fetchImpl, calls } = server(() => json(201, { personId: 101, events: [] }));
    renderWithApi(<MovementsPage schoolId={5} classId={9} studentId={101} />, fetchImpl);
    const to = await screen.findByRole('combobox', { name: 'В класс' });
    expect(within(to).getAllByRole('option').map((o) => o.textContent)).toEqual(['Выберите класс', '5Б']);
    await userEvent.selectOptions(to, '5Б');
    const date = screen.getByLabelText('С даты');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-23');
    await userEvent.type(screen.getByRole('textbox', { name: 'Основание: приказ, причина' }), '№ 140-у');
    await userEvent.click(screen.getByRole('button', { name: 'Перевести' }));
    expect(await screen.findByText('Перевод записан.')).toBeVisible();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url.pathname).toBe('/api/v1/students/101/movements');
    expect(post?.body).toEqual({ kind: 'TRANSFER', date: '2026-11-23', toClassId: 10, orderRef: '№ 140-у' });
  });

  it('records leaving the school and shows the server’s refusal', async () => {
    const { fetchImpl, calls } = server(() => problem(400, 'Движение нельзя записать раньше последнего движения обучающегося (01.09.2026)', 'date'));
    renderWithApi(<MovementsPage schoolId={5} classId={9} studentId={101} />, fetchImpl);
    await userEvent.click(await screen.findByRole('radio', { name: 'Выбытие из школы' }));
    expect(screen.queryByRole('combobox', { name: 'В класс' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Оформить выбытие' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('раньше последнего движения');
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ kind: 'LEAVE', toClassId: null, orderRef: null });
  });
});
