import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, renderWithApi, type FakeRequest } from '../../test/fakeApi';
import { ExchangesPage } from './ExchangesPage';

const exchange = {
  id: 7, system: 'REGISTRY', direction: 'IN', channel: 'FILE', messageId: 'MSG-1', source: 'changes.xml',
  status: 'PARTIAL', received: 3, applied: 2, duplicates: 0, rejected: 1, startedAt: '2026-09-01T06:00:00Z',
  finishedAt: '2026-09-01T06:00:01Z', durationMs: 1200, error: null,
};
const waiting = {
  id: 'ID:42', routeId: 'registry-import', source: 'broken.xml', size: 30, failure: 'Сообщение пустое',
  failedAt: '2026-09-01T06:00:00Z', status: 'WAITING', reason: null, resolvedAt: null,
};

function api() {
  let suspended = false;
  return fakeFetch(({ url, method, body }: FakeRequest) => {
    if (url.pathname === '/api/v1/exchanges') return json(200, [exchange]);
    if (url.pathname === '/api/v1/exchanges/7/errors')
      return json(200, [{ recordId: 'R-3', kind: 'STUDENT_LEFT', reason: 'Неверный СНИЛС: проверьте номер', at: '' }]);
    if (url.pathname === '/api/v1/exchanges/routes')
      return json(200, [{ id: 'registry-file', state: suspended ? 'Suspended' : 'Started' }]);
    if (url.pathname === '/api/v1/exchanges/routes/registry-file/pause' && method === 'POST') {
      suspended = true;
      return new Response(null, { status: 204 });
    }
    if (url.pathname === '/api/v1/exchanges/dead-letters/retry') {
      expect(body).toEqual({ id: 'ID:42', reason: 'реестр исправил файл' });
      return new Response(null, { status: 204 });
    }
    if (url.pathname === '/api/v1/exchanges/dead-letters') return json(200, [waiting]);
    return json(404, {});
  });
}

describe('«Обмен данными»', () => {
  it('shows the log with counts and the reasons of refused records', async () => {
    const { fetchImpl } = api();
    renderWithApi(<ExchangesPage />, fetchImpl);
    const row = (await screen.findByText('changes.xml')).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Реестр контингента, входящий, файл');
    expect(row).toHaveTextContent('Выполнен с ошибками');
    expect(row).toHaveTextContent('1.2 с');
    await userEvent.click(within(row).getByRole('button', { name: /причины/ }));
    expect(await screen.findByText(/Запись R-3 \(STUDENT_LEFT\): Неверный СНИЛС/)).toBeVisible();
  });

  it('pauses a route', async () => {
    const { fetchImpl } = api();
    renderWithApi(<ExchangesPage />, fetchImpl);
    await userEvent.click(await screen.findByRole('button', { name: 'Приостановить' }));
    expect(await screen.findByText('Приостановлен')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Возобновить' })).toBeVisible();
  });

  it('retries a dead letter only with a reason', async () => {
    const { fetchImpl, calls } = api();
    renderWithApi(<ExchangesPage />, fetchImpl);
    await userEvent.click(await screen.findByRole('button', { name: 'Повторить' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Повторить' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Укажите причину');
    await userEvent.type(within(dialog).getByLabelText(/Причина/), 'реестр исправил файл');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Повторить' }));
    await screen.findByText('changes.xml');
    expect(calls.some((c) => c.url.pathname === '/api/v1/exchanges/dead-letters/retry')).toBe(true);
  });
});
