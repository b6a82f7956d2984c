import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/ApiContext';
import { looksLikeCode } from '../../api/invitations';
import { RedeemInvite } from './RedeemInvite';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

describe('RedeemInvite', () => {
  it('accepts codes however they are grouped', () => {
    expect(looksLikeCode('k7qm 3xrt 9hwp')).toBe(true);
    expect(looksLikeCode('K7QM-3XRT')).toBe(false);
  });

  it('sends the code with the anti-forgery header and shows whose diary opens', async () => {
    const fetchImpl = vi.fn(async () => json(200, { personId: 7, personName: 'Петров Сергей Николаевич',
      studentPersonId: 5, studentName: 'Петрова Анна Сергеевна', purpose: 'PARENT' }));
    const onRedeemed = vi.fn();
    render(<ApiProvider fetchImpl={fetchImpl as unknown as typeof fetch}><RedeemInvite onRedeemed={onRedeemed} /></ApiProvider>);

    fireEvent.change(screen.getByRole("textbox", { name: /^Код/ }), { target: { value: 'K7QM-3XRT-9HWP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Подтвердить' }));

    expect(await screen.findByText(/законный представитель: Петрова Анна Сергеевна/)).toBeTruthy();
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/invitations/redeem');
    expect((init.headers as Record<string, string>)['X-Requested-With']).toBe('XMLHttpRequest');
    expect(JSON.parse(init.body as string)).toEqual({ code: 'K7QM-3XRT-9HWP' });
    fireEvent.click(screen.getByRole('button', { name: 'Продолжить' }));
    expect(onRedeemed).toHaveBeenCalled();
  });

  it('shows the server’s reason next to the field and sends nothing for a short code', async () => {
    const fetchImpl = vi.fn(async () => json(400, { type: 'about:blank', title: 'Неверные данные', status: 400,
      detail: 'Этот код уже использован. Если это были не вы, сообщите классному руководителю', field: 'code' }));
    render(<ApiProvider fetchImpl={fetchImpl as unknown as typeof fetch}><RedeemInvite onRedeemed={() => {}} /></ApiProvider>);

    fireEvent.change(screen.getByRole("textbox", { name: /^Код/ }), { target: { value: 'K7QM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Подтвердить' }));
    expect(await screen.findByText(/Код состоит из 12 букв и цифр/)).toBeTruthy();
    expect(fetchImpl).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole("textbox", { name: /^Код/ }), { target: { value: 'K7QM-3XRT-9HWP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Подтвердить' }));
    await waitFor(() => expect(screen.getAllByText(/уже использован/).length).toBeGreaterThan(0));
  });
});
