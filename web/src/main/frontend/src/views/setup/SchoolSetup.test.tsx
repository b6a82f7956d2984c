import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { fakeFetch, json, problem, regionAdmin, renderWithApi, school } from '../../test/fakeApi';

const year = {
  id: 3, label: '2026/2027', startsOn: '2026-09-01', endsOn: '2027-05-31', periodSystem: 'QUARTERS', workingWeek: 'FIVE_DAYS',
  periods: [1, 2, 3, 4].map((number) => ({ number, startsOn: '2026-09-01', endsOn: '2027-05-31' })), daysOff: [],
};

/** School 5 with a year and a bell schedule, nobody on the staff, no classes and no plan. */
function server() {
  return fakeFetch(({ url }) => {
    const path = url.pathname;
    if (path === '/api/v1/me') return json(200, regionAdmin);
    if (path === '/api/v1/schools/5') return json(200, school(5));
    if (path === '/api/v1/schools/5/years') return json(200, [year]);
    if (path === '/api/v1/schools/5/bell-schedules') return json(200, [{ id: 1, name: 'Основное', slots: [] }]);
    if (path === '/api/v1/schools/5/staff') return json(200, { items: [], page: 0, size: 20, total: 0 });
    if (path === '/api/v1/schools/5/classes') return json(200, []);
    if (path === '/api/v1/schools/5/curriculum') return json(200, { yearId: 3, items: [] });
    if (path === '/api/v1/subjects') return json(200, []);
    if (path === '/api/v1/schools/5/rooms') return json(200, []);
    if (path === '/api/v1/schools/5/buildings') return json(200, []);
    if (path === '/api/v1/schools/5/teaching-assignments') return json(200, []);
    if (path === '/api/v1/schools/5/streams') return json(200, []);
    if (path === '/api/v1/classes/9') {
      return json(200, { id: 9, name: '5А', grade: 5, letter: 'А', yearId: 3, classTeacher: null, date: url.searchParams.get('date'), students: [], groups: [] });
    }
    return problem(404, 'Не найдено.');
  });
}

function open(path: string) {
  window.history.replaceState(null, '', path);
  const { fetchImpl } = server();
  renderWithApi(<App fetchImpl={fetchImpl} />, fetchImpl);
}

const stepper = () => screen.getByRole('navigation', { name: 'Шаги настройки школы' });

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('«Настройка школы»', () => {
  it('is opened from the school page', async () => {
    open('/region/schools/5');
    await userEvent.click(await screen.findByRole('link', { name: 'Настройка школы' }));
    expect(window.location.pathname).toBe('/region/schools/5/setup/school');
    expect(await screen.findByRole('heading', { level: 1, name: 'Данные школы' })).toBeVisible();
    expect(screen.getByText('Петрова Анна Викторовна')).toBeVisible();
  });

  it('opens a step by its address, marks it in the stepper and the steps already filled in', async () => {
    open('/region/schools/5/setup/staff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Сотрудники' })).toBeVisible();
    expect(document.title).toBe('Сотрудники — Журнал');
    const links = within(stepper()).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      ['school', 'calendar', 'staff', 'classes', 'rooms', 'subjects', 'assignments', 'done'].map((step) => `/region/schools/5/setup/${step}`),
    );
    expect(within(stepper()).getByRole('link', { name: /^Сотрудники/ })).toHaveAttribute('aria-current', 'step');
    expect(links.filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
    await waitFor(() => expect(within(stepper()).getByRole('link', { name: /^Учебный год и звонки\s*, заполнено$/ })).toBeVisible());
    expect(within(stepper()).getByRole('link', { name: 'Классы' })).not.toHaveAttribute('aria-current');
    expect(screen.getByText('Настройка школы «МБОУ СШ № 5» · шаг 3 из 8')).toBeVisible();
  });

  it('moves between steps without reloading, with the focus on the new heading', async () => {
    open('/region/schools/5/setup/calendar');
    await screen.findByRole('heading', { level: 1, name: 'Учебный год и звонки' });
    await userEvent.click(within(stepper()).getByRole('link', { name: /^Классы/ }));
    expect(window.location.pathname).toBe('/region/schools/5/setup/classes');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Классы' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(within(stepper()).getByRole('link', { name: /^Классы/ })).toHaveAttribute('aria-current', 'step');

    await userEvent.click(screen.getByRole('link', { name: /Далее: Кабинеты/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Кабинеты' })).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: /Назад: Классы/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Классы' })).toBeVisible();
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Кабинеты' })).toBeVisible();
  });

  it('sums up in «Готово» with links to what is missing', async () => {
    open('/region/schools/5/setup/done');
    expect(await screen.findByText('Учебный год:', { exact: false })).toBeVisible();
    await screen.findByText('Осталось заполнить: 5 из 7. Вернитесь к шагам по ссылкам ниже.');
    const items = screen.getAllByRole('listitem').filter((item) => item.classList.contains('checklist__item'));
    expect(items.map((item) => item.querySelector('.checklist__label')?.textContent)).toEqual([
      'Учебный год: готово', 'Расписание звонков: готово', 'Сотрудники: не заполнено', 'Классы: не заполнено',
      'Кабинеты: не заполнено', 'Учебный план: не заполнено', 'Нагрузка: не заполнено',
    ]);
    expect(within(items[2] as HTMLElement).getByRole('link', { name: /^Заполнить\s*: Сотрудники$/ })).toHaveAttribute('href', '/region/schools/5/setup/staff');
  });

  it('opens a class by its address, back to the classes of its school', async () => {
    open('/region/classes/9?school=5');
    expect(await screen.findByRole('heading', { level: 1, name: 'Класс 5А' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Классы школы/ })).toHaveAttribute('href', '/region/schools/5/setup/classes');
    expect(screen.getByRole('heading', { name: 'Зачислить ученика в 5А' })).toBeVisible();
  });

  it('says when the step does not exist', async () => {
    open('/region/schools/5/setup/lessons');
    expect(await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeVisible();
  });
});
