import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, renderWithApi } from '../../test/fakeApi';
import { JournalRules } from './JournalRules';

describe('«Правила журнала»', () => {
  it('shows the rules on and saves one switched off through the journal settings', async () => {
    let stored = { grade1NoMarks: true, grade2FirstPeriodNoMarks: true, doubleMarksAllowed: true, workKinds: [] as unknown[] };
    const { fetchImpl, calls } = fakeFetch((request) => {
      if (request.method === 'PUT') stored = { ...stored, ...(request.body as object) };
      return json(200, stored);
    });
    renderWithApi(<JournalRules schoolId={5} />, fetchImpl);
    const grade1 = await screen.findByRole('checkbox', { name: 'В 1 классе отметки не ставятся' });
    expect(grade1).toBeChecked();
    await userEvent.click(grade1);
    expect(await screen.findByText('Правила журнала сохранены.')).toBeVisible();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.url.pathname).toBe('/api/v1/journal/settings/5');
    expect(put?.body).toEqual({ grade1NoMarks: false, grade2FirstPeriodNoMarks: true, doubleMarksAllowed: true });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'В 1 классе отметки не ставятся' })).not.toBeChecked());
  });
});
