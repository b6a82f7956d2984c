import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Me } from '../../api/me';
import type { ProgressReport, StudentsSummary } from '../../api/reports';
import { fakeFetch, json, problem, renderWithApi } from '../../test/fakeApi';
import { ProgressReportPage } from './ProgressReportPage';

const SUMMARY: StudentsSummary = { attested: 24, excellent: 3, good: 10, singleThree: 2, failing: 1, notAttested: 1,
  progressPercent: 91.7, qualityPercent: 54.2, averageMark: 4.12 };

const REPORT: ProgressReport = {
  schoolId: 7, yearId: 3, periodSystem: 'QUARTERS', periodNumber: 1, startsOn: '2026-09-01', endsOn: '2026-10-24',
  listOn: '2026-11-22', dataAsOf: '2026-11-22T10:00:00Z',
  periods: [{ number: 1, startsOn: '2026-09-01', endsOn: '2026-10-24' }, { number: 2, startsOn: '2026-11-05', endsOn: '2026-12-28' }],
  classes: [{
    classId: 11, name: '5А', grade: 5, students: 25, summary: SUMMARY, absences: { total: 40, ill: 25, excused: 5 },
    subjects: [{ subjectId: 2, name: 'Математика', summary: { count: 24, fives: 6, fours: 10, threes: 6, twos: 1,
      notAttested: 1, progressPercent: 91.7, qualityPercent: 66.7, averageMark: 3.91 } }],
  }],
  school: SUMMARY, schoolAbsences: { total: 40, ill: 25, excused: 5 },
};

const DIRECTOR: Me = { subject: 'd', displayName: 'Директорова Анна', roles: ['director'],
  schools: [{ schoolId: 7, shortName: 'СШ № 7', positions: ['DIRECTOR'] }] };

describe('the progress report screen', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('shows the classes with the shares and absences, the subjects, and the CSV link of the own school', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(200, REPORT));
    renderWithApi(<ProgressReportPage search="" me={DIRECTOR} />, fetchImpl);

    const table = await screen.findByRole('table', { name: 'Успеваемость по классам' });
    expect(calls[0]!.url.pathname).toBe('/api/v1/schools/7/reports/progress');
    expect(within(table).getByRole('row', { name: /^5А 25 24 3 10 2 1 1 91,7 54,2 4,12 40 25 5$/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Всего по школе 25/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Математика 24 6 10 6 1 1 91,7 66,7 3,91/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Скачать CSV (Excel)' }))
      .toHaveAttribute('href', '/api/v1/schools/7/reports/progress/csv?period=1');
    expect(screen.getByText(/1-я четверть: 01\.09\.2026–24\.10\.2026/)).toBeInTheDocument();
  });

  it('switches the period through the address', async () => {
    const { fetchImpl } = fakeFetch(() => json(200, REPORT));
    renderWithApi(<ProgressReportPage search="?school=7" me={DIRECTOR} />, fetchImpl);
    await userEvent.selectOptions(await screen.findByLabelText('Период'), '2');
    expect(window.location.pathname + window.location.search).toBe('/journal/reports/progress?school=7&period=2');
  });

  it('tells somebody of another school that the report is not theirs', async () => {
    const { fetchImpl } = fakeFetch(() => problem(403, 'Недостаточно прав'));
    renderWithApi(<ProgressReportPage search="?school=8" me={DIRECTOR} />, fetchImpl);
    expect(await screen.findByRole('heading', { name: /Нет доступа|доступ/i })).toBeInTheDocument();
  });

  it('asks the region administrator to pick a school first', () => {
    const { fetchImpl } = fakeFetch(() => json(200, REPORT));
    renderWithApi(<ProgressReportPage search="" me={{ subject: 'r', displayName: 'Р', roles: ['region-admin'] }} />, fetchImpl);
    expect(screen.getByText(/Выберите школу в «Мониторинге региона»/)).toBeInTheDocument();
  });
});
