import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, problem, renderWithApi, school, type FakeRequest } from '../../../test/fakeApi';
import { CalendarStep } from './CalendarStep';

const YEARS = '/api/v1/schools/5/years';

function server(onYear: (request: FakeRequest) => Response = () => json(201, { id: 1, label: '2026/2027' })) {
  return fakeFetch((request) => {
    if (request.method === 'POST' && request.url.pathname === YEARS) return onYear(request);
    return json(200, []);
  });
}

function open(fetchImpl: typeof fetch) {
  const s = school(5) as Parameters<typeof CalendarStep>[0]['school'];
  return renderWithApi(<CalendarStep school={s} summary={null} onChange={vi.fn()} />, fetchImpl);
}

const periodRows = () => screen.getAllByRole('group', { name: /^\d (четверть|триместр|полугодие)$/ });
const dateIn = (group: string, label: string) => within(screen.getByRole('group', { name: group })).getByLabelText(label);

async function setYear(start: string, end: string) {
  const starts = await screen.findByLabelText(/Начало учебного года/);
  await userEvent.clear(starts);
  await userEvent.type(starts, start);
  const ends = screen.getByLabelText(/Окончание учебного года/);
  await userEvent.clear(ends);
  await userEvent.type(ends, end);
}

describe('«Учебный год и звонки»', () => {
  it('has as many period rows as the chosen system, the year edges filled', async () => {
    open(server().fetchImpl);
    await setYear('2026-09-01', '2027-05-31');
    expect(periodRows()).toHaveLength(4);
    expect(dateIn('1 четверть', 'Начало')).toHaveValue('2026-09-01');
    expect(dateIn('4 четверть', 'Окончание')).toHaveValue('2027-05-31');

    await userEvent.click(screen.getByRole('radio', { name: 'Триместры' }));
    expect(periodRows().map((row) => row.textContent?.split('Начало')[0])).toEqual(['1 триместр', '2 триместр', '3 триместр']);
    expect(dateIn('3 триместр', 'Окончание')).toHaveValue('2027-05-31');

    await userEvent.click(screen.getByRole('radio', { name: 'Полугодия' }));
    expect(periodRows()).toHaveLength(2);
    expect(dateIn('2 полугодие', 'Окончание')).toHaveValue('2027-05-31');
  });

  it('pre-fills the public holidays inside the year', async () => {
    open(server().fetchImpl);
    await setYear('2026-09-01', '2027-05-31');
    await userEvent.click(screen.getByRole('button', { name: 'Добавить государственные праздники' }));
    expect(screen.getByText('Добавлено государственных праздников: 13.')).toBeVisible();
    const rows = screen.getAllByRole('group', { name: /^Нерабочий день \d+$/ });
    expect(rows).toHaveLength(13);
    expect(within(rows[0] as HTMLElement).getByLabelText('Дата')).toHaveValue('2026-11-04');
    expect(within(rows[0] as HTMLElement).getByLabelText('Причина')).toHaveValue('День народного единства');
    expect(within(rows[12] as HTMLElement).getByLabelText('Дата')).toHaveValue('2027-05-09');

    await userEvent.click(screen.getByRole('button', { name: 'Добавить государственные праздники' }));
    expect(screen.getByText('Все государственные праздники этого учебного года уже в списке.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Удалить нерабочий день 1' }));
    expect(screen.getAllByRole('group', { name: /^Нерабочий день \d+$/ })).toHaveLength(12);
  });

  it('sends the year and shows the server’s error under the periods, focusing them', async () => {
    const { fetchImpl, calls } = server(() => problem(400, 'Период 2 должен начинаться после окончания периода 1', 'periods'));
    open(fetchImpl);
    await setYear('2026-09-01', '2027-05-31');
    await userEvent.click(screen.getByRole('radio', { name: 'Полугодия' }));
    await userEvent.type(dateIn('1 полугодие', 'Окончание'), '2026-12-28');
    await userEvent.type(dateIn('2 полугодие', 'Начало'), '2027-01-12');
    await userEvent.click(screen.getByRole('radio', { name: 'Шестидневка' }));
    await userEvent.click(screen.getByRole('button', { name: 'Создать учебный год' }));

    const periods = screen.getByRole('group', { name: /Отчётные периоды/ });
    await waitFor(() => expect(periods).toHaveFocus());
    expect(periods).toHaveAccessibleDescription(expect.stringContaining('Период 2 должен начинаться после окончания периода 1'));
    const sent = calls.find((c) => c.method === 'POST');
    expect(sent?.headers['X-Requested-With']).toBe('XMLHttpRequest');
    expect(sent?.body).toEqual({
      startsOn: '2026-09-01', endsOn: '2027-05-31', periodSystem: 'HALF_YEARS', workingWeek: 'SIX_DAYS',
      periods: [{ startsOn: '2026-09-01', endsOn: '2026-12-28' }, { startsOn: '2027-01-12', endsOn: '2027-05-31' }],
      daysOff: [],
    });
  });

  it('shows an overlap (409 startsOn) under the start date', async () => {
    open(server(() => problem(409, 'Учебный год пересекается с уже созданным учебным годом школы', 'startsOn')).fetchImpl);
    await setYear('2026-09-01', '2027-05-31');
    for (const [group, label, value] of [['1 четверть', 'Окончание', '2026-10-24'], ['2 четверть', 'Начало', '2026-11-05'],
      ['2 четверть', 'Окончание', '2026-12-28'], ['3 четверть', 'Начало', '2027-01-12'], ['3 четверть', 'Окончание', '2027-03-20'],
      ['4 четверть', 'Начало', '2027-03-30']] as const) {
      await userEvent.type(dateIn(group, label), value);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Создать учебный год' }));
    const starts = screen.getByLabelText(/Начало учебного года/);
    await waitFor(() => expect(starts).toHaveFocus());
    expect(starts).toHaveAttribute('aria-invalid', 'true');
    expect(starts).toHaveAccessibleDescription(expect.stringContaining('пересекается'));
  });

  it('checks the periods before sending', async () => {
    const { fetchImpl, calls } = server();
    open(fetchImpl);
    await setYear('2026-09-01', '2027-05-31');
    await userEvent.click(screen.getByRole('button', { name: 'Создать учебный год' }));
    expect(await screen.findByText('Укажите даты начала и окончания каждого периода.')).toBeVisible();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
