import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChangeRequestItem } from '../../api/journal';
import { fakeFetch, json, renderWithApi } from '../../test/fakeApi';
import { ChangeRequestsPage } from './ChangeRequestsPage';

const ATTENDANCE: ChangeRequestItem = {
  id: 10, state: 'PENDING', cell: 'ATTENDANCE', lessonId: 90, lessonDate: '2026-11-12', className: '5А',
  subjectName: 'Математика', studentId: 10, studentName: 'Алексеев Иван', position: 0, currentCode: 'ABSENT',
  requestedCode: 'ILL', reason: 'Принесли справку', requestedAt: '2026-11-20T03:00:00Z', requestedByName: 'Учителева А. И.',
};

describe('the administrator’s change requests', () => {
  it('shows an attendance request by its codes and approves it', async () => {
    const { fetchImpl, calls } = fakeFetch((request) => (request.method === 'POST' ? json(204) : json(200, [ATTENDANCE])));
    renderWithApi(<ChangeRequestsPage search="?school=7" schools={[]} />, fetchImpl);
    const card = await screen.findByTestId('request-10');
    expect(card).toHaveTextContent('Посещаемость: было Н → просят: Б');
    await userEvent.click(within(card).getByRole('button', { name: 'Одобрить' }));
    await waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/v1/journal/change-requests/10/approve')).toBe(true));
  });
});
