import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch, json, problem, renderWithApi, school } from '../../test/fakeApi';
import { SchoolPage } from './SchoolPage';

/** School 5 with its administrators, changed by the requests like the server would. */
function server() {
  const current = school(5);
  return fakeFetch(({ method, url, body }) => {
    if (method === 'GET' && url.pathname === '/api/v1/schools/5') return json(200, current);
    if (method === 'POST') {
      const person = body as { surname: string; givenName: string; snils: string };
      if (person.snils !== '112-233-445 95') return problem(400, 'СНИЛС указан с ошибкой.', 'snils');
      const admin = { personId: 900, displayName: `${person.surname} ${person.givenName}` };
      current.administrators = [...current.administrators, admin];
      return json(201, admin);
    }
    if (method === 'DELETE') {
      current.administrators = current.administrators.filter((a) => !url.pathname.endsWith(`/${a.personId}`));
      return json(204);
    }
    return problem(404, 'Не найдено.');
  });
}

beforeEach(() => window.history.replaceState(null, '', '/region/schools/5'));

describe('the school page', () => {
  it('shows the school, its administrators and the one-time «Школа добавлена»', async () => {
    window.history.replaceState({ flash: 'Школа добавлена' }, '', '/region/schools/5');
    renderWithApi(<SchoolPage id={5} />, server().fetchImpl);
    expect(await screen.findByRole('heading', { level: 1, name: 'МБОУ СШ № 5' })).toBeVisible();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Школа добавлена'));
    expect(window.history.state).toBeNull();
    expect(screen.getByText('2460000005')).toBeVisible();
    expect(screen.getByText('Петрова Анна Викторовна')).toBeVisible();
  });

  it('appoints an administrator, showing the server error under СНИЛС first', async () => {
    const { fetchImpl, calls } = server();
    renderWithApi(<SchoolPage id={5} />, fetchImpl);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Фамилия' }), 'Орлова');
    await userEvent.type(screen.getByRole('textbox', { name: 'Имя' }), 'Елена');
    const snils = screen.getByRole('textbox', { name: 'СНИЛС' });
    await userEvent.type(snils, '11223344500');
    expect(snils).toHaveValue('112-233-445 00');
    await userEvent.click(screen.getByRole('button', { name: 'Назначить' }));
    await waitFor(() => expect(snils).toHaveFocus());
    expect(snils).toHaveAttribute('aria-invalid', 'true');
    expect(snils).toHaveAccessibleDescription(expect.stringContaining('СНИЛС указан с ошибкой.'));

    await userEvent.clear(snils);
    await userEvent.type(snils, '112-233-445 95');
    await userEvent.click(screen.getByRole('button', { name: 'Назначить' }));
    expect(await screen.findByText('Орлова Елена')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Администратор журнала назначен: Орлова Елена.');
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({
      surname: 'Орлова', givenName: 'Елена', patronymic: '', birthDate: null, snils: '112-233-445 95',
    });
    expect(screen.getByRole('textbox', { name: 'Фамилия' })).toHaveValue('');
  });

  it('removes an administrator after a confirmation', async () => {
    const { fetchImpl, calls } = server();
    renderWithApi(<SchoolPage id={5} />, fetchImpl);
    await userEvent.click(await screen.findByRole('button', { name: /^Снять с должности.*Петрова Анна Викторовна$/ }));
    const dialog = screen.getByRole('dialog', { name: 'Снять с должности?' });
    expect(within(dialog).getByRole('button', { name: 'Отмена' })).toHaveFocus();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Снять с должности' }));
    await waitFor(() => expect(screen.queryByText('Петрова Анна Викторовна', { selector: '.people__name' })).toBeNull());
    expect(calls.find((c) => c.method === 'DELETE')?.url.pathname).toBe('/api/v1/schools/5/administrators/105');
    expect(calls.find((c) => c.method === 'DELETE')?.headers['X-Requested-With']).toBe('XMLHttpRequest');
    expect(screen.getByText(/Администратор журнала не назначен/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Администраторы журнала' })).toHaveFocus();
  });

  it('says when the school does not exist', async () => {
    renderWithApi(<SchoolPage id={6} />, server().fetchImpl);
    expect(await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeVisible();
  });
});
