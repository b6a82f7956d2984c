import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../api/ApiContext';
import { NO_ROLES_MESSAGE } from '../auth/roles';
import { SignedIn } from './SignedIn';

const account = { subject: 's1', displayName: 'Сидорова Татьяна Олеговна', roles: [] };

function renderHome(binding: 'NONE' | 'PENDING') {
  const fetchImpl = (async () => new Response('[]')) as unknown as typeof fetch;
  render(<ApiProvider fetchImpl={fetchImpl}><SignedIn me={{ ...account, binding }} /></ApiProvider>);
}

describe('SignedIn', () => {
  it('tells a staff account matched by SNILS that it awaits the administrator, without the invite code form', () => {
    renderHome('PENDING');
    expect(screen.getByRole('status')).toHaveTextContent('ожидает привязки к карточке сотрудника');
    expect(screen.queryByText(NO_ROLES_MESSAGE)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Код приглашения' })).not.toBeInTheDocument();
  });

  it('offers the invite code to an account bound to nobody', () => {
    renderHome('NONE');
    expect(screen.getByText(NO_ROLES_MESSAGE)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Код приглашения' })).toBeInTheDocument();
    expect(screen.queryByText(/ожидает привязки/)).not.toBeInTheDocument();
  });
});
