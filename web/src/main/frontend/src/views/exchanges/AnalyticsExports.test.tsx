import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, renderWithApi, type FakeRequest } from '../../test/fakeApi';
import { AnalyticsExports } from './AnalyticsExports';

const file = {
  name: 'zhurnal-analytics-2026-11-20.csv', date: '2026-11-20', format: 'csv', size: 2048,
  writtenAt: '2026-11-21T01:00:00Z',
};

function api() {
  let rerun = false;
  return fakeFetch(({ url, method, body }: FakeRequest) => {
    if (url.pathname === '/api/v1/analytics-exports' && method === 'GET')
      return json(200, rerun ? [{ ...file, size: 4096 }] : [file]);
    if (url.pathname === '/api/v1/analytics-exports/runs' && method === 'POST') {
      const { date } = body as { date: string };
      if (date === '2099-01-01')
        return json(400, { title: 'Неверные данные', status: 400, detail: 'Выгрузить можно только прошедший день', field: 'date' });
      rerun = true;
      return json(200, { date, rows: 12 });
    }
    return json(404, {});
  });
}

describe('«Выгрузки для аналитики»', () => {
  it('lists the files with a download link', async () => {
    const { fetchImpl } = api();
    renderWithApi(<AnalyticsExports />, fetchImpl);
    const row = (await screen.findByText('CSV')).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('20.11.2026');
    expect(row).toHaveTextContent(/2\s048\sБ/);
    expect(screen.getByRole('link', { name: 'Скачать' })).toHaveAttribute('href',
      '/api/v1/analytics-exports/zhurnal-analytics-2026-11-20.csv');
  });

  it('exports a past date again and refuses the future with the server’s reason', async () => {
    const { fetchImpl, calls } = api();
    renderWithApi(<AnalyticsExports />, fetchImpl);
    await screen.findByText('CSV');
    await userEvent.click(screen.getByRole('button', { name: 'Выгрузить заново' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Укажите дату');

    await userEvent.type(screen.getByLabelText('Дата'), '2099-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Выгрузить заново' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Выгрузить можно только прошедший день');

    await userEvent.clear(screen.getByLabelText('Дата'));
    await userEvent.type(screen.getByLabelText('Дата'), '2026-11-20');
    await userEvent.click(screen.getByRole('button', { name: 'Выгрузить заново' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Выгрузка за 20.11.2026 записана: строк — 12');
    expect(calls.filter((c) => c.url.pathname === '/api/v1/analytics-exports/runs')).toHaveLength(2);
  });
});
