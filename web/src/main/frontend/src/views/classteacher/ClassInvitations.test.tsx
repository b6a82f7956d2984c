import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/ApiContext';
import { ClassInvitations } from './ClassInvitations';

const LIST = [
  {
    student: { personId: 5, displayName: 'Петрова Анна Сергеевна', kind: 'STUDENT', signsIn: true, codeState: 'USED', expiresAt: null },
    representatives: [
      { personId: 7, displayName: 'Петров Сергей Николаевич', kind: 'FATHER', signsIn: false, codeState: 'NONE', expiresAt: null },
    ],
  },
];

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('ClassInvitations', () => {
  it('lists who signs in and issues a code whose letter can be printed', async () => {
    const fetchImpl = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        return json(201, { id: 1, code: 'K7QM-3XRT-9HWP', expiresAt: '2026-12-06T03:00:00Z', personName: 'Петров Сергей Николаевич',
          studentName: 'Петрова Анна Сергеевна', className: '9А', purpose: 'PARENT' });
      }
      return json(200, LIST);
    });
    render(<ApiProvider fetchImpl={fetchImpl as unknown as typeof fetch}><ClassInvitations classId={3} /></ApiProvider>);

    expect(await screen.findByText('Входит в журнал')).toBeTruthy();
    expect(screen.getByText('Код не выдавался')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Выдать код' })).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Выдать код' }));

    expect(await screen.findByText('K7QM-3XRT-9HWP')).toBeTruthy();
    expect(screen.getByText(/законному представителю обучающегося Петрова Анна Сергеевна, 9А класс/)).toBeTruthy();
    const post = fetchImpl.mock.calls.find(([, init]) => init?.method === 'POST') as unknown as [string, RequestInit];
    expect(post[0]).toBe('/api/v1/classes/3/invitations');
    expect(JSON.parse(post[1].body as string)).toEqual({ studentPersonId: 5, personId: 7 });
  });

  it('downloads the class’s letters as a PDF with a POST that carries the anti-forgery header', async () => {
    const created = vi.fn(() => 'blob:letters');
    const revoked = vi.fn();
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetchImpl = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        return new Response(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), {
          status: 200, headers: { 'Content-Type': 'application/pdf' } });
      }
      return json(200, url.endsWith('/invitations') ? LIST : []);
    });
    render(<ApiProvider fetchImpl={fetchImpl as unknown as typeof fetch}><ClassInvitations classId={3} /></ApiProvider>);

    fireEvent.click(await screen.findByRole('button', { name: 'Письма с кодами для всего класса (PDF)' }));

    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const post = fetchImpl.mock.calls.find(([, init]) => init?.method === 'POST') as unknown as [string, RequestInit];
    expect(post[0]).toBe('/api/v1/classes/3/invitations/letters');
    expect((post[1].headers as Record<string, string>)['X-Requested-With']).toBe('XMLHttpRequest');
    expect(created).toHaveBeenCalled();
    expect(revoked).toHaveBeenCalledWith('blob:letters');
    click.mockRestore();
  });

  it('downloads one family’s letter from the student’s row', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:letter'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetchImpl = vi.fn(async (_url: string, init?: RequestInit) => (init?.method === 'POST'
      ? new Response(new Blob(['%PDF-1.7']), { status: 200, headers: { 'Content-Type': 'application/pdf' } })
      : json(200, LIST)));
    render(<ApiProvider fetchImpl={fetchImpl as unknown as typeof fetch}><ClassInvitations classId={3} /></ApiProvider>);

    fireEvent.click(await screen.findByRole('button', { name: 'Письмо: Петрова Анна Сергеевна' }));

    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const post = fetchImpl.mock.calls.find(([, init]) => init?.method === 'POST') as unknown as [string, RequestInit];
    expect(post[0]).toBe('/api/v1/classes/3/invitations/letters/5');
    click.mockRestore();
  });

  it('offers no letter for a family whose members all sign in', async () => {
    const everybody = [{ ...LIST[0], representatives: [{ ...LIST[0]!.representatives[0]!, signsIn: true }] }];
    const fetchImpl = vi.fn(async () => json(200, everybody));
    render(<ApiProvider fetchImpl={fetchImpl as unknown as typeof fetch}><ClassInvitations classId={3} /></ApiProvider>);
    expect(await screen.findAllByText('Входит в журнал')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /^Письмо:/ })).toBeNull();
  });
});
