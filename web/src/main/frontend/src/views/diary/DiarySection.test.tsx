import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch, json, renderWithApi } from '../../test/fakeApi';
import { DiarySection } from './DiarySection';

const parent = { subject: 'p1', displayName: 'Петров Сергей Николаевич', roles: ['parent'] };
const period = { id: 7, number: 2, startsOn: '2026-11-05', endsOn: '2026-12-28' };
const children = [
  { personId: 11, displayName: 'Петрова Анна Сергеевна', relation: 'GUARDIAN', classId: 3, className: '9А',
    school: 'СШ № 10', periods: [period], currentPeriodId: 7 },
  { personId: 12, displayName: 'Петров Иван Сергеевич', relation: 'GUARDIAN', classId: 4, className: '5Б',
    school: 'СШ № 10', periods: [period], currentPeriodId: 7 },
];
const lesson = {
  lessonId: 100, slot: 1, startsAt: '08:30', endsAt: '09:15', subject: 'Русский язык', group: null, room: '214',
  teacher: 'Иванова М. П.', substitute: 'Зайцева О. В.', cancelled: false, changeNote: null, topic: 'Диктант',
  homework: null, homeworkNone: true, attendance: 'ILL',
  marks: [{ date: '2026-11-16', value: 5, value2: 4, kind: 'Диктант', kindShort: 'Дикт.', weight: 2, comment: null }],
};

function week(monday: string) {
  const days = [0, 1, 2, 3, 4, 5].map((n) => {
    const date = new Date(Date.parse(`${monday}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    return { date, lessons: n === 0 ? [lesson] : [] };
  });
  return { studentPersonId: 11, monday, saturday: days[5]?.date, previous: '', next: '', days,
    absenceReports: [{ id: 1, studentPersonId: 11, classId: 3, from: monday, to: monday, reason: 'ILLNESS',
      comment: null, reportedAt: '', decision: 'ACCEPTED', decidedCode: 'ILL' }] };
}

describe('DiarySection', () => {
  beforeEach(() => window.history.replaceState(null, '', '/diary'));

  it('shows the chosen child’s week with marks, attendance, substitution and homework in words', async () => {
    const { fetchImpl, calls } = fakeFetch((request) => {
      if (request.url.pathname === '/api/v1/diary/children') return json(200, children);
      return json(200, week(request.url.searchParams.get('date') ?? ''));
    });
    renderWithApi(<DiarySection search="?child=11&date=2026-11-18" me={parent} />, fetchImpl);

    expect(await screen.findByRole('heading', { name: '16–21 ноября' })).toBeInTheDocument();
    expect(calls.at(-1)?.url.pathname).toBe('/api/v1/diary/11/week');
    expect(calls.at(-1)?.url.searchParams.get('date')).toBe('2026-11-16');
    const chips = within(screen.getByRole('group', { name: 'Чей дневник показать' })).getAllByRole('button');
    expect(chips.map((chip) => chip.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
    expect(await screen.findByRole('img', { name: 'Отметка 5/4, Диктант, вес 2' })).toHaveTextContent('5/4');
    expect(screen.getByRole('img', { name: 'Отметка 5/4, Диктант, вес 2' })).toHaveClass('mark--excellent');
    expect(screen.getByRole('img', { name: 'Посещаемость: Б — Болел' })).toHaveTextContent('Б');
    expect(screen.getByText('Замена: Зайцева О. В.')).toBeInTheDocument();
    expect(screen.getByText('без задания')).toBeInTheDocument();
    expect(screen.getByText(/Сообщено об отсутствии: болезнь\. Принято классным руководителем: Б/)).toBeInTheDocument();
    expect(screen.getAllByText('Уроков нет')).toHaveLength(5);
  });

  it('moves to the next week and to another child through the address', async () => {
    const { fetchImpl } = fakeFetch((request) =>
      request.url.pathname === '/api/v1/diary/children' ? json(200, children) : json(200, week('2026-11-16')));
    renderWithApi(<DiarySection search="?child=11&date=2026-11-18" me={parent} />, fetchImpl);
    await screen.findByRole('heading', { name: '16–21 ноября' });

    await userEvent.click(screen.getByRole('button', { name: 'Следующая неделя' }));
    expect(window.location.search).toBe('?child=11&date=2026-11-23');
    await userEvent.click(screen.getByRole('button', { name: /Иван/ }));
    expect(window.location.search).toBe('?child=12&date=2026-11-18');
    await userEvent.click(screen.getByRole('button', { name: 'Оценки' }));
    expect(window.location.search).toBe('?child=11&date=2026-11-18&tab=marks');
  });

  it('tells a parent without linked children how to get the diary', async () => {
    const { fetchImpl } = fakeFetch(() => json(200, []));
    renderWithApi(<DiarySection search="" me={parent} />, fetchImpl);
    expect(await screen.findByText(/Попросите код приглашения у классного руководителя/)).toBeInTheDocument();
  });
});
