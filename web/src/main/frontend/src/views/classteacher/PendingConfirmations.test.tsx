import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, renderWithApi } from '../../test/fakeApi';
import { PendingConfirmations } from './PendingConfirmations';

const link = {
  id: 5, state: 'PENDING', childPersonId: 31, childName: 'Воробьёва Дарья Максимовна', className: '6В',
  accountName: 'Воробьёв Максим Петрович', suggestedAt: '2026-11-20T10:00:00Z', knownCard: false,
};
const binding = {
  id: 8, state: 'PENDING', personId: 40, displayName: 'Кузнецов Андрей Сергеевич', suggestedAt: '2026-11-19T09:00:00Z',
  schools: [{ schoolId: 1, shortName: 'СШ № 1', positions: ['TEACHER'] }],
};
const admin = { subject: 'a1', displayName: 'Захарова Елена Викторовна', roles: ['journal-admin'] };
const classTeacher = { subject: 'c1', displayName: 'Комарова Ольга Андреевна', roles: ['teacher', 'class-teacher'] };

describe('PendingConfirmations', () => {
  it('confirms a parent with who they are to the child and lists staff accounts for an administrator', async () => {
    const { fetchImpl, calls } = fakeFetch((request) => {
      if (request.method === 'POST') return json(200, { ...link, state: 'CONFIRMED' });
      if (request.url.pathname === '/api/v1/account-bindings') return json(200, [binding]);
      return json(200, [link]);
    });
    renderWithApi(<PendingConfirmations me={admin} />, fetchImpl);

    expect(await screen.findByText('Воробьёв Максим Петрович')).toBeInTheDocument();
    expect(screen.getByText(/Воробьёва Дарья Максимовна, 6В/)).toBeInTheDocument();
    expect(await screen.findByText('Кузнецов Андрей Сергеевич')).toBeInTheDocument();
    expect(screen.getByText(/СШ № 1: учитель/)).toBeInTheDocument();
    // Plain `.cards` are the phone layout of list tables and hidden on a desktop: these lists are shown everywhere.
    screen.getAllByRole('list').forEach((list) => expect(list).toHaveClass('cards', 'cards--always'));
    const confirm = screen.getByRole('button', { name: 'Подтвердить: Воробьёв Максим Петрович' });
    expect(confirm).toBeDisabled();

    await userEvent.selectOptions(screen.getByLabelText('Кем приходится ребёнку'), 'FATHER');
    await userEvent.click(confirm);
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.url.pathname).toBe('/api/v1/guardian-links/5/confirm');
    expect(post?.body).toEqual({ kind: 'FATHER' });
    expect(await screen.findByRole('status')).toHaveTextContent('связь с ребёнком подтверждена');
  });

  it('shows a class teacher only the parents and refuses a suggestion', async () => {
    const { fetchImpl, calls } = fakeFetch((request) =>
      request.method === 'POST' ? json(200, { ...link, state: 'REJECTED' }) : json(200, [link]));
    renderWithApi(<PendingConfirmations me={classTeacher} />, fetchImpl);

    await userEvent.click(await screen.findByRole('button', { name: 'Отказать: Воробьёв Максим Петрович' }));
    expect(calls.some((call) => call.url.pathname === '/api/v1/account-bindings')).toBe(false);
    expect(calls.find((call) => call.method === 'POST')?.url.pathname).toBe('/api/v1/guardian-links/5/reject');
    expect(screen.queryByRole('heading', { name: 'Сотрудники' })).not.toBeInTheDocument();
  });

  it('tells parents the page is not theirs', () => {
    const { fetchImpl } = fakeFetch(() => json(200, []));
    renderWithApi(<PendingConfirmations me={{ ...classTeacher, roles: ['parent'] }} />, fetchImpl);
    expect(screen.getByText(/классного руководителя или администратора журнала/)).toBeInTheDocument();
  });
});
