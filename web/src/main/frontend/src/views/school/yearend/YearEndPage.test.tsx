import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, problem, renderWithApi, type FakeRequest } from '../../../test/fakeApi';
import { YearEndPage } from './YearEndPage';

const years = [{ id: 3, label: '2026/2027', startsOn: '2026-09-01', endsOn: '2027-05-31', periods: [], daysOff: [] }];
const teacher = { personId: 21, displayName: 'Иванова Мария Петровна', positions: ['TEACHER'] };
const other = { personId: 22, displayName: 'Петрова Ольга Ивановна', positions: ['TEACHER'] };

function status(overrides: Record<string, unknown> = {}) {
  return { yearId: 3, label: '2026/2027', startsOn: '2026-09-01', endsOn: '2027-05-31', closed: false, closedAt: null,
    blockers: [], rollover: null, ...overrides };
}

const preview = {
  fromYearId: 3, fromLabel: '2026/2027', fromYearClosed: true, rolledOverIntoYearId: null,
  nextYear: { label: '2027/2028', startsOn: '2027-09-01', endsOn: '2028-05-31', periodSystem: 'QUARTERS', workingWeek: 'FIVE_DAYS',
    periods: [{ number: 1, startsOn: '2027-09-01', endsOn: '2027-10-24' }], daysOff: 1 },
  classes: [
    { fromClassId: 9, fromClassName: '5А', name: '6А', grade: 6, letter: 'А', classTeacher: { personId: 21, displayName: teacher.displayName }, students: 24, groups: ['Английский 1'] },
    { fromClassId: null, fromClassName: null, name: '5А', grade: 5, letter: 'А', classTeacher: null, students: 1, groups: [] },
  ],
  promoted: 24,
  graduates: [{ personId: 70, displayName: 'Выпускников Пётр Ильич', fromClassName: '11А', toClassName: null }],
  retained: [{ personId: 71, displayName: 'Второгодников Иван Ильич', fromClassName: '5А', toClassName: '5А' }],
  leaving: [],
  curriculumLines: 12, bellSchedules: 1,
  carryOver: { streams: 1, assignments: 14, timetableEntries: 40,
    skipped: ['Физика — 11А (Учителева Анна Павловна): класс выпускается; уроков в неделю в расписании: 2'] },
  warnings: ['Классный руководитель 9А больше не учитель школы: назначьте классного руководителя класса 10А'],
};

function server(state: { status: ReturnType<typeof status> }, onWrite: (r: FakeRequest) => Response = () => json(200, {})) {
  return fakeFetch((request) => {
    const path = request.url.pathname;
    if (path.endsWith('/years')) return json(200, years);
    if (path.endsWith('/staff')) return json(200, { items: [teacher, other], page: 0, size: 100, total: 2 });
    if (path.endsWith('/end') && request.method === 'GET') return json(200, state.status);
    if (path.endsWith('/rollover-preview')) return json(200, preview);
    if (request.method !== 'GET') return onWrite(request);
    return problem(404, 'Не найдено.');
  });
}

describe('«Конец учебного года»', () => {
  it('lists what keeps the year open and does not offer to close it', async () => {
    const state = { status: status({ blockers: [{ classId: 9, className: '5А', subjectId: 4, subjectName: 'Математика', students: 25, missing: 3 }] }) };
    renderWithApi(<YearEndPage schoolId={5} yearId={null} />, server(state).fetchImpl);
    const row = (await screen.findByRole('cell', { name: 'Математика' })).closest('tr')!;
    expect(row).toHaveTextContent('5А');
    expect(row).toHaveTextContent('3 из 25');
    expect(screen.getByRole('button', { name: 'Закрыть учебный год' })).toBeDisabled();
  });

  it('closes the year after a confirmation and then says it is read-only', async () => {
    const state = { status: status() };
    const { fetchImpl, calls } = server(state, () => {
      state.status = status({ closed: true, closedAt: '2027-06-01T03:00:00Z' });
      return json(200, state.status);
    });
    renderWithApi(<YearEndPage schoolId={5} yearId={3} />, fetchImpl);
    await userEvent.click(await screen.findByRole('button', { name: 'Закрыть учебный год' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('необратимо');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Закрыть год' }));
    expect(await screen.findByText(/Учебный год закрыт 01\.06\.2027/)).toBeVisible();
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/v1/schools/5/years/3/end/close')).toBe(true);
  });

  it('previews the rollover, sends a changed class teacher and commits it once confirmed', async () => {
    const state = { status: status({ closed: true, closedAt: '2027-06-01T03:00:00Z' }) };
    const { fetchImpl, calls } = server(state, (request) => json(201, { toYearId: 8, label: '2027/2028', classesCreated: 2,
      studentsMoved: 26, graduates: 1, curriculumDraft: true, alreadyDone: false, seen: request.body }));
    renderWithApi(<YearEndPage schoolId={5} yearId={3} />, fetchImpl);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Приказ директора о переводе' }), '№ 52-о');
    await userEvent.click(screen.getByRole('button', { name: 'Показать, что будет создано' }));

    expect(await screen.findByText(/Учебный год 2027\/2028/)).toBeVisible();
    expect(screen.getByText('Выпускников Пётр Ильич, 11А')).toBeVisible();
    expect(screen.getByText('Второгодников Иван Ильич, 5А → 5А')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('больше не учитель школы');
    expect(screen.getByText(/назначений учителей — 14, потоков — 1, записей\s+расписания — 40/)).toBeVisible();
    expect(screen.getByText(/Физика — 11А \(Учителева Анна Павловна\): класс выпускается/)).toBeVisible();
    const select = screen.getByRole('combobox', { name: 'Классный руководитель 6А' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    await userEvent.selectOptions(select, 'Петрова Ольга Ивановна');
    await waitFor(() => expect(calls.filter((c) => c.url.pathname.endsWith('/rollover-preview'))).toHaveLength(2));
    expect(calls.at(-1)!.body).toEqual({ copyGroups: true, orderRef: '№ 52-о',
      classes: [{ fromClassId: 9, letter: null, classTeacherPersonId: 22, keepClassTeacher: false }] });

    await userEvent.click(screen.getByRole('button', { name: 'Выполнить перевод' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Выполнить перевод' }));
    expect(await screen.findByText('Перевод выполнен: создан учебный год 2027/2028.')).toBeVisible();
    const commit = calls.find((c) => c.url.pathname === '/api/v1/schools/5/years/3/end/rollover');
    expect(commit?.method).toBe('POST');
    expect(commit?.headers['X-Requested-With']).toBe('XMLHttpRequest');
  });

  it('shows a done rollover and confirms the copied curriculum', async () => {
    const done = { toYearId: 8, orderRef: '№ 52-о', curriculumDraft: true, classesCreated: 2, studentsMoved: 26, graduates: 1, committedAt: '2027-06-02T05:00:00Z' };
    const state = { status: status({ closed: true, closedAt: '2027-06-01T03:00:00Z', rollover: done }) };
    const { fetchImpl, calls } = server(state, () => {
      state.status = status({ closed: true, closedAt: '2027-06-01T03:00:00Z', rollover: { ...done, curriculumDraft: false } });
      return json(204);
    });
    renderWithApi(<YearEndPage schoolId={5} yearId={3} />, fetchImpl);
    expect(await screen.findByText(/создано классов — 2, переведено обучающихся — 26, выпускников — 1/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Открыть следующий учебный год' })).toHaveAttribute('href', '/journal/year-end?school=5&year=8');
    await userEvent.click(screen.getByRole('button', { name: 'Учебный план проверен' }));
    expect(await screen.findByText('Учебный план нового года проверен.')).toBeVisible();
    expect(calls.some((c) => c.url.pathname === '/api/v1/schools/5/years/8/end/curriculum-confirmation')).toBe(true);
  });
});
