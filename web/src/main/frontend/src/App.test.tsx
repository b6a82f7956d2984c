import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { NO_ROLES_MESSAGE } from './auth/roles';

const home = { pathname: '/', search: '' };

function json(status: number, body: unknown): Response {
  const type = status === 200 ? 'application/json' : 'application/problem+json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

const teacher = {
  subject: 'abc',
  displayName: 'Иванова Мария Петровна',
  roles: ['teacher', 'class-teacher', 'offline_access'],
};

describe('App', () => {
  it('shows a loading state while /api/v1/me is pending', () => {
    const pending = vi.fn(() => new Promise<Response>(() => {}));
    render(<App location={home} fetchImpl={pending} />);
    expect(screen.getByRole('status')).toHaveTextContent('Загрузка');
    expect(screen.getByText('Журнал')).toBeVisible();
  });

  it('offers the sign-in link to a signed-out visitor', async () => {
    const fetchImpl = vi.fn(async () => json(401, { status: 401, title: 'Unauthorized' }));
    render(<App location={home} fetchImpl={fetchImpl} />);
    const link = await screen.findByRole('link', { name: 'Войти через Госуслуги' });
    expect(link).toHaveAttribute('href', '/login');
    expect(screen.getByText(/подтверждённая учётная запись/i)).toBeInTheDocument();
  });

  it('shows the name, the known roles in Russian and the sign-out link', async () => {
    render(<App location={home} fetchImpl={vi.fn(async () => json(200, teacher))} />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(teacher.displayName);
    const roles = within(screen.getByRole('main')).getAllByRole('listitem').map((item) => item.textContent);
    expect(roles).toEqual(['Учитель', 'Классный руководитель']);
    expect(screen.getByRole('link', { name: 'Выйти' })).toHaveAttribute('href', '/logout');
  });

  it('explains how to get roles when none are assigned', async () => {
    const me = { ...teacher, roles: ['offline_access'] };
    render(<App location={home} fetchImpl={vi.fn(async () => json(200, me))} />);
    expect(await screen.findByText(NO_ROLES_MESSAGE)).toBeVisible();
  });

  it('shows the error and loads again on «Повторить»', async () => {
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json(200, teacher));
    render(<App location={home} fetchImpl={fetchImpl} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Нет связи с сервером');
    const retry = screen.getByRole('button', { name: 'Повторить' });
    await waitFor(() => expect(retry).toHaveFocus()); // focus moves after the error is painted
    await userEvent.click(retry);
    expect(await screen.findByText(teacher.displayName)).toBeVisible();
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('explains an unconfirmed account without asking the server', () => {
    const fetchImpl = vi.fn<typeof fetch>();
    render(<App location={{ pathname: '/', search: '?signin=unconfirmed' }} fetchImpl={fetchImpl} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Учётная запись не подтверждена');
    expect(screen.getByText(/паспорт и СНИЛС/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Войти через Госуслуги' })).toHaveAttribute('href', '/login');
    expect(screen.getByRole('link', { name: 'Вернуться на главную' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Учётная запись не подтверждена — Журнал');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('offers a retry after a failed sign-in', () => {
    render(<App location={{ pathname: '/', search: '?signin=failed' }} fetchImpl={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Не удалось войти');
    expect(screen.getByRole('link', { name: 'Попробовать ещё раз' })).toHaveAttribute('href', '/login');
  });
});
