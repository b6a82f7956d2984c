import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { JournalGridData } from '../../api/journal';
import { fakeFetch, json, problem, renderWithApi } from '../../test/fakeApi';
import { GridPage } from './GridPage';

const GRID: JournalGridData = {
  classId: 1,
  className: '5А',
  subjectId: 2,
  subjectName: 'Математика',
  period: { id: 3, number: 2, startsOn: '2026-11-05', endsOn: '2026-12-28', closed: false },
  periods: [{ id: 3, number: 2, startsOn: '2026-11-05', endsOn: '2026-12-28', closed: false }],
  lessons: [{ id: 100, date: '2026-11-22', slotNumber: 1, state: 'SCHEDULED', version: 7, canWrite: true, openWorkKindIds: [1] }],
  students: [
    { studentId: 10, name: 'Алексеев Иван', cells: [], markCount: 0, notAttested: true },
    { studentId: 11, name: 'Борисова Анна', cells: [{ lessonId: 100, attendance: 'ILL', marks: [] }], markCount: 0, notAttested: true },
  ],
  workKinds: [{ id: 1, code: 'ANSWER', name: 'Ответ на уроке', shortName: 'Ответ', weight: 1, doubleMarkAllowed: false }],
};

describe('the journal grid page', () => {
  it('saves the typed column in the background, shows an error with «Повторить» and saves again', async () => {
    let saves = 0;
    const { fetchImpl, calls } = fakeFetch((request) => {
      if (request.method === 'GET') return json(200, GRID);
      saves += 1;
      return saves === 1 ? problem(400, 'Сервер недоступен') : json(200, { lessonId: 100, version: 8, marksChanged: 1, attendanceChanged: 0 });
    });
    renderWithApi(<GridPage search="?classId=1&subjectId=2" />, fetchImpl);
    const table = await screen.findByRole('table', { name: 'Журнал: ученики и уроки' });
    await userEvent.click(within(table).getByTestId('cell-10-100'));
    await userEvent.keyboard('5');
    expect(within(table).getByTestId('cell-10-100')).toHaveTextContent('5');
    expect(screen.getByRole('status')).toHaveTextContent('Сохранение…');

    expect(await screen.findByRole('alert')).toHaveTextContent('Ошибка — Сервер недоступен');
    await userEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Сохранено'));

    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(puts[1]!.url.pathname).toBe('/api/v1/lessons/100/journal');
    expect(puts[1]!.body).toEqual({
      version: 7,
      students: [
        { studentId: 10, attendance: null, marks: [{ position: 1, value: 5, value2: null, workKindId: 1, comment: null }] },
        { studentId: 11, attendance: 'ILL', marks: [] },
      ],
    });
  });
});

describe('a locked attendance cell after the lesson day', () => {
  it('asks the journal administrator to change the attendance', async () => {
    const past: JournalGridData = {
      ...GRID,
      lessons: [{ id: 90, date: '2026-11-12', slotNumber: 1, state: 'SCHEDULED', version: 3, canWrite: true,
        openWorkKindIds: [], attendanceLockedReason: 'Посещаемость отмечается только в день урока (12.11.2026)' }],
      students: [{ studentId: 10, name: 'Алексеев Иван', cells: [{ lessonId: 90, attendance: 'ABSENT', marks: [] }],
        markCount: 0, notAttested: true }],
    };
    const { fetchImpl, calls } = fakeFetch((request) => (request.method === 'GET' ? json(200, past) : json(201, { id: 9 })));
    renderWithApi(<GridPage search="?classId=1&subjectId=2" />, fetchImpl);
    const table = await screen.findByRole('table', { name: 'Журнал: ученики и уроки' });
    await userEvent.click(within(table).getByTestId('cell-10-90'));
    await userEvent.keyboard('б');
    expect(screen.getByRole('alert')).toHaveTextContent('только в день урока');

    await userEvent.click(screen.getByRole('button', { name: 'Исправить посещаемость' }));
    await userEvent.selectOptions(screen.getByLabelText('Посещаемость'), 'ILL');
    await userEvent.type(screen.getByLabelText('Причина'), 'Принесли справку');
    await userEvent.click(screen.getByRole('button', { name: 'Отправить запрос' }));

    await waitFor(() => expect(screen.getByText('Запрос отправлен администратору журнала.')).toBeInTheDocument());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/lessons/90/change-requests');
    expect(post.body).toEqual({ studentId: 10, position: 0, value: null, value2: null, workKindId: null,
      reason: 'Принесли справку', cell: 'ATTENDANCE', attendance: 'ILL' });
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});
