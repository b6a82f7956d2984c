import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../App';
import { fakeFetch, json, problem, regionAdmin, renderWithApi } from '../../../test/fakeApi';

const father = {
  guardianshipId: 4, personId: 31, displayName: 'Петров Сергей Николаевич', kind: 'FATHER', validFrom: '2026-09-01',
  phone: '+79130000004', email: 'petrov.demo@example.ru',
};
const card = {
  personId: 21, displayName: 'Петрова Анна Сергеевна', birthDate: '2011-04-12', sex: 'FEMALE', schoolId: 5, classId: 9,
  className: '9А', representatives: [father],
  consents: [{ id: 7, personId: 21, givenByPersonId: 31, givenByName: 'Петров Сергей Николаевич',
    purpose: 'ELECTRONIC_JOURNAL', givenOn: '2026-08-28', documentRef: 'Заявление о зачислении' }],
};

function open() {
  window.history.replaceState(null, '', '/region/students/21?class=9');
  const fake = fakeFetch(({ url, method }) => {
    const path = url.pathname;
    if (path === '/api/v1/me') return json(200, regionAdmin);
    if (path === '/api/v1/students/21/card') return json(200, card);
    if (path === '/api/v1/students/21/representatives' && method === 'POST') {
      return problem(409, 'Этот человек уже указан законным представителем', 'snils');
    }
    return problem(404, 'Не найдено.');
  });
  renderWithApi(<App fetchImpl={fake.fetchImpl} />, fake.fetchImpl);
  return fake;
}

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('the student card', () => {
  it('shows the class, the representatives and the consents', async () => {
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Петрова Анна Сергеевна' })).toBeVisible();
    expect(screen.getByRole('link', { name: '9А' })).toHaveAttribute('href', '/region/classes/9?school=5');
    const representatives = screen.getByRole('table', { name: 'Законные представители' });
    expect(within(representatives).getByRole('rowheader', { name: 'Петров Сергей Николаевич' })).toBeVisible();
    expect(within(representatives).getByText('Отец')).toBeVisible();
    const consents = screen.getByRole('table', { name: 'Согласия на обработку персональных данных' });
    expect(within(consents).getByText('Ведение электронного журнала и дневника')).toBeVisible();
    expect(within(consents).getByText('Действует')).toBeVisible();
  });

  it('checks a new representative and shows the server refusal on its field', async () => {
    const { calls } = open();
    await screen.findByRole('heading', { level: 1, name: 'Петрова Анна Сергеевна' });
    await userEvent.click(screen.getByRole('button', { name: 'Добавить представителя' }));
    expect(await screen.findByText('Укажите фамилию.')).toBeVisible();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(screen.getByLabelText(/^Фамилия/), 'Петров');
    await userEvent.type(screen.getByLabelText(/^Имя/), 'Сергей');
    await userEvent.selectOptions(screen.getByLabelText(/^Кем приходится/), 'FATHER');
    await userEvent.click(screen.getByRole('button', { name: 'Добавить представителя' }));
    expect(await screen.findByText('Этот человек уже указан законным представителем')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ surname: 'Петров', kind: 'FATHER', snils: null });
  });
});
