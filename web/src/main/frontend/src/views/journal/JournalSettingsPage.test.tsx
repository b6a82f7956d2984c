import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { JournalSettings } from '../../api/journal';
import { fakeFetch, json, problem, renderWithApi } from '../../test/fakeApi';
import { JournalSettingsPage } from './JournalSettingsPage';

const SETTINGS: JournalSettings = {
  schoolId: 7, grade1NoMarks: true, grade2FirstPeriodNoMarks: true, doubleMarksAllowed: true,
  workKinds: [
    { id: 1, code: 'ANSWER', name: 'Ответ на уроке', shortName: 'Ответ', weight: 1, deadlineDays: 0, controlWork: false },
    { id: 5, code: 'TEST', name: 'Контрольная работа', shortName: 'К/р', weight: 2, deadlineDays: 3, controlWork: true },
  ],
};

describe('the journal settings screen', () => {
  it('shows the school’s rules and kinds of work and saves the switches', async () => {
    const { fetchImpl, calls } = fakeFetch((request) => (request.method === 'PUT'
      ? json(200, { ...SETTINGS, ...(request.body as object) }) : json(200, SETTINGS)));
    renderWithApi(<JournalSettingsPage search="?school=7" schools={[]} />, fetchImpl);

    const doubles = await screen.findByRole('checkbox', { name: /Двойные отметки/ });
    expect(doubles).toBeChecked();
    expect(screen.getByRole('row', { name: /Контрольная работа \(контрольная\) К\/р 2 3/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Ответ на уроке Ответ 1 в день урока/ })).toBeInTheDocument();

    await userEvent.click(doubles);
    await userEvent.click(screen.getByRole('checkbox', { name: /Во 2 классе/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Настройки сохранены'));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.url.pathname).toBe('/api/v1/journal/settings/7');
    expect(put.body).toEqual({ grade1NoMarks: true, grade2FirstPeriodNoMarks: false, doubleMarksAllowed: false });
  });

  it('shows the server’s refusal', async () => {
    const { fetchImpl } = fakeFetch((request) => (request.method === 'PUT'
      ? problem(403, 'Недостаточно прав') : json(200, SETTINGS)));
    renderWithApi(<JournalSettingsPage search="?school=7" schools={[]} />, fetchImpl);
    await userEvent.click(await screen.findByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Недостаточно прав');
  });
});
