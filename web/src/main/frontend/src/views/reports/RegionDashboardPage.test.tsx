import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DashboardFigures, RegionDashboard } from '../../api/reports';
import { fakeFetch, json, problem, renderWithApi } from '../../test/fakeApi';
import { RegionDashboardPage } from './RegionDashboardPage';

const FIGURES: DashboardFigures = { pupils: 825, attested: 700, qualityPercent: 48.5, progressPercent: 96.1,
  attendancePercent: 93.4, lessons: 1320, topicPercent: 99.2, marksPercent: 71 };

const DASHBOARD: RegionDashboard = {
  dataAsOf: '2026-11-22T10:00:00Z', from: '2026-11-08', to: '2026-11-21', region: FIGURES,
  municipalities: [{ id: 1, name: 'г. Красноярск', figures: FIGURES,
    schools: [{ id: 7, name: 'МБОУ СШ № 7', periodNumber: 1, figures: FIGURES }] }],
};

describe('the region dashboard', () => {
  it('shows municipalities and schools with their figures and links each school to its report', async () => {
    const { fetchImpl } = fakeFetch(() => json(200, DASHBOARD));
    renderWithApi(<RegionDashboardPage />, fetchImpl);

    expect(await screen.findByRole('row', { name: /^г\. Красноярск 825 48,5 96,1 93,4 1320 99,2 71$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'МБОУ СШ № 7' })).toHaveAttribute('href', '/journal/reports/progress?school=7');
    expect(screen.getByRole('row', { name: /^Регион 825/ })).toBeInTheDocument();
    expect(screen.getByText(/уроки с 08\.11\.2026 по 21\.11\.2026/)).toBeInTheDocument();
  });

  it('computes the proposed final marks of a period for the region and says what was done', async () => {
    const { fetchImpl, calls } = fakeFetch((request) => (request.method === 'POST'
      ? json(200, { runId: 1, schoolYear: 2026, periodKind: 'quarter', number: 2, schools: 100, proposals: 600000,
        notAttested: 1200, startedAt: '2026-11-22T10:00:00Z', finishedAt: '2026-11-22T10:00:12.5Z' })
      : json(200, DASHBOARD)));
    renderWithApi(<RegionDashboardPage />, fetchImpl);

    await userEvent.selectOptions(await screen.findByLabelText('Номер'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Рассчитать' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(
      'Рассчитано: школ 100, предложенных отметок 600000, из них н/а 1200 (12,5 с)'));
    expect(calls.find((c) => c.method === 'POST')!.url.pathname).toBe('/api/v1/region/final-marks/quarter/2/proposals');
  });

  it('shows the refusal of the computation', async () => {
    const { fetchImpl } = fakeFetch((request) => (request.method === 'POST'
      ? problem(403, 'Недостаточно прав') : json(200, DASHBOARD)));
    renderWithApi(<RegionDashboardPage />, fetchImpl);
    await userEvent.click(await screen.findByRole('button', { name: 'Рассчитать' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Недостаточно прав');
  });
});
