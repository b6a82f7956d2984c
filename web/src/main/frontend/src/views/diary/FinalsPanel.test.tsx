import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, renderWithApi } from '../../test/fakeApi';
import { DiarySection } from './DiarySection';

const parent = { subject: 'p1', displayName: 'Петров Сергей Николаевич', roles: ['parent'] };
const periods = [1, 2, 3, 4].map((number) => ({ id: number, number, startsOn: '2026-09-01', endsOn: '2026-10-24' }));
const children = [{ personId: 11, displayName: 'Петрова Анна Сергеевна', relation: 'GUARDIAN', classId: 3, className: '9А',
  school: 'СШ № 10', periods, currentPeriodId: 2 }];

describe('the diary’s «Итоговые»', () => {
  it('shows the confirmed period and year marks per subject', async () => {
    const { fetchImpl, calls } = fakeFetch((request) => {
      if (request.url.pathname === '/api/v1/diary/children') return json(200, children);
      return json(200, {
        studentPersonId: 11, academicYearId: 5,
        periods: periods.map(({ number, startsOn, endsOn }) => ({ number, startsOn, endsOn })),
        subjects: [
          { subjectId: 1, subject: 'Алгебра', marks: [{ periodNumber: 1, mark: '4' }, { periodNumber: 0, mark: '5' }] },
          { subjectId: 2, subject: 'Физика', marks: [{ periodNumber: 1, mark: 'н/а' }] },
        ],
      });
    });
    renderWithApi(<DiarySection search="?child=11&tab=finals" me={parent} />, fetchImpl);

    const table = await screen.findByRole('table');
    expect(calls.at(-1)?.url.pathname).toBe('/api/v1/journal/final-marks/students/11');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent))
      .toEqual(['Предмет', '1 четв.', '2 четв.', '3 четв.', '4 четв.', 'Год']);
    expect(within(table).getByRole('row', { name: 'Алгебра 4 — — — 5' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Физика н/а — — — —' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Итоговые' })).toHaveAttribute('aria-current', 'page');
  });

  it('says when there are none yet', async () => {
    const { fetchImpl } = fakeFetch((request) => (request.url.pathname === '/api/v1/diary/children'
      ? json(200, children) : json(200, { studentPersonId: 11, academicYearId: 5, periods: [], subjects: [] })));
    renderWithApi(<DiarySection search="?child=11&tab=finals" me={parent} />, fetchImpl);
    expect(await screen.findByText('Итоговых отметок пока нет.')).toBeInTheDocument();
  });
});
