import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, problem, renderWithApi } from '../../../test/fakeApi';
import { NameSection } from './NameSection';

const history = {
  personId: 31, surname: 'Петрова', givenName: 'Анна', patronymic: 'Сергеевна', displayName: 'Петрова Анна Сергеевна',
  birthDate: '2015-04-12',
  changes: [{ id: 1, nameBefore: 'Петрова Ана Сергеевна', birthDateBefore: '2015-04-12', nameAfter: 'Петрова Анна Сергеевна',
    birthDateAfter: '2015-04-12', reason: 'Опечатка при вводе', changedAt: '2026-11-20T09:15:00Z' }],
};

describe('«ФИО и дата рождения» on a person card', () => {
  it('shows the corrections and sends a new one with its reason, the server’s refusal under the field', async () => {
    const onCorrected = vi.fn();
    let refuse = true;
    const { fetchImpl, calls } = fakeFetch((request) => {
      if (request.method === 'GET') return json(200, history);
      if (refuse) {
        refuse = false;
        return problem(400, 'Причина — не длиннее 500 символов', 'reason');
      }
      return json(200, { ...history, surname: 'Орлова', displayName: 'Орлова Анна Сергеевна' });
    });
    renderWithApi(<NameSection personId={31} onCorrected={onCorrected} />, fetchImpl);

    const table = await screen.findByRole('table', { name: 'История исправлений ФИО и даты рождения' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain('Опечатка при вводе');
    await userEvent.click(screen.getByRole('button', { name: 'Исправить ФИО или дату рождения' }));
    const surname = screen.getByRole('textbox', { name: /Фамилия/ });
    expect(surname).toHaveValue('Петрова');
    await userEvent.clear(surname);
    await userEvent.type(surname, 'Орлова');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить исправление' }));
    expect(screen.getByRole('textbox', { name: /Причина исправления/ })).toHaveAccessibleDescription(
      expect.stringContaining('Укажите причину'));
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await userEvent.type(screen.getByRole('textbox', { name: /Причина исправления/ }), 'Свидетельство о браке № 7');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить исправление' }));
    const reason = screen.getByRole('textbox', { name: /Причина исправления/ });
    await waitFor(() => expect(reason).toHaveAccessibleDescription(expect.stringContaining('не длиннее 500')));

    await userEvent.click(screen.getByRole('button', { name: 'Сохранить исправление' }));
    await waitFor(() => expect(onCorrected).toHaveBeenCalledOnce());
    const posted = calls.filter((call) => call.method === 'POST');
    expect(posted[1]?.url.pathname).toBe('/api/v1/people/31/name/corrections');
    expect(posted[1]?.body).toEqual({ surname: 'Орлова', givenName: 'Анна', patronymic: 'Сергеевна', birthDate: '2015-04-12',
      reason: 'Свидетельство о браке № 7' });
  });
});
