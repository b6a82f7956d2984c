import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { fakeFetch, json, renderWithApi, school } from '../../test/fakeApi';

const journalAdmin = {
  subject: 'j1', displayName: 'Кузнецов Андрей Сергеевич', roles: ['journal-admin', 'teacher'], binding: 'CONFIRMED',
  schools: [{ schoolId: 5, shortName: 'МБОУ СШ № 5', positions: ['JOURNAL_ADMIN', 'TEACHER'] },
    { schoolId: 8, shortName: 'МБОУ СШ № 8', positions: ['TEACHER'] }],
};
const classTeacher = { subject: 'c1', displayName: 'Иванова Мария Петровна', roles: ['teacher', 'class-teacher'] };
const card = { personId: 31, displayName: 'Петрова Анна Сергеевна', schoolId: 5, classId: 3, className: '5А',
  representatives: [], consents: [] };

function open(path: string, me: unknown) {
  window.history.replaceState(null, '', path);
  const { fetchImpl, calls } = fakeFetch(({ url }) => {
    if (url.pathname === '/api/v1/me') return json(200, me);
    if (url.pathname === '/api/v1/schools/5') return json(200, school(5));
    if (url.pathname === '/api/v1/students/31/card') return json(200, card);
    return json(404, { status: 404 });
  });
  renderWithApi(<App fetchImpl={fetchImpl} />, fetchImpl);
  return calls;
}

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('the set-up pages beyond the region administrator', () => {
  it('gives a journal administrator «Школа» with the schools they administer', async () => {
    const calls = open('/region/schools', journalAdmin);
    expect(await screen.findByRole('heading', { level: 1, name: 'Мои школы' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Разделы' });
    expect(within(nav).getByRole('link', { name: 'Школа' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).queryByRole('link', { name: 'Регион' })).toBeNull();
    expect(screen.getByRole('link', { name: 'МБОУ СШ № 5' })).toHaveAttribute('href', '/region/schools/5');
    expect(screen.getByRole('link', { name: 'Настройка школы' })).toHaveAttribute('href', '/region/schools/5/setup/school');
    expect(screen.queryByText('МБОУ СШ № 8')).toBeNull();
    expect(calls.map((call) => call.url.pathname)).not.toContain('/api/v1/schools');
  });

  it('opens their school without the region administrator’s appointing, and keeps region pages closed', async () => {
    open('/region/schools/5', journalAdmin);
    expect(await screen.findByRole('heading', { level: 1, name: 'МБОУ СШ № 5' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Настройка школы' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Мои школы/ })).toHaveAttribute('href', '/region/schools');
    expect(screen.queryByRole('button', { name: /Назначить/ })).toBeNull();
  });

  it('lets a journal administrator add and import their school’s staff, without appointing administrators', async () => {
    open('/region/schools/5/setup/staff', journalAdmin);
    expect(await screen.findByRole('heading', { name: 'Добавить сотрудника' })).toBeVisible();
    const positions = screen.getByRole('group', { name: /Должности/ });
    expect(within(positions).getByRole('checkbox', { name: 'Учитель' })).toBeVisible();
    expect(within(positions).queryByRole('checkbox', { name: 'Администратор журнала' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Загрузить из файла' })).toBeVisible();
    expect(screen.getByLabelText('Файл со списком сотрудников')).toBeVisible();
  });

  it('refuses a journal administrator the new school form and the exchanges', async () => {
    open('/region/schools/new', journalAdmin);
    expect(await screen.findByRole('heading', { level: 1, name: 'Нет доступа' })).toBeVisible();
  });

  it('opens a student’s card to a class teacher, with the way back to the class in «Класс»', async () => {
    open('/region/students/31', classTeacher);
    expect(await screen.findByRole('heading', { level: 1, name: 'Петрова Анна Сергеевна' })).toBeVisible();
    for (const link of screen.getAllByRole('link', { name: /Класс 5А|^5А$/ })) {
      expect(link).toHaveAttribute('href', '/class-teacher/classes/3/invitations');
    }
    expect(screen.getAllByRole('link', { name: /Класс 5А|^5А$/ })).toHaveLength(2);
  });

  it('still refuses a plain teacher the region pages', async () => {
    open('/region/students/31', { subject: 't1', displayName: 'Учитель', roles: ['teacher'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Нет доступа' })).toBeVisible();
  });
});
