import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch, json, problem, renderWithApi, school, type FakeRequest } from '../../test/fakeApi';
import { NewSchool } from './NewSchool';

const municipalities = [{ id: 1, name: 'г. Красноярск' }];

function server(onCreate: (request: FakeRequest) => Response) {
  return fakeFetch((request) => {
    if (request.url.pathname === '/api/v1/municipalities' && request.method === 'GET') return json(200, municipalities);
    if (request.url.pathname === '/api/v1/municipalities') return json(201, { id: 9, name: 'г. Ачинск' });
    return onCreate(request);
  });
}

async function fillValid() {
  await userEvent.type(screen.getByRole('textbox', { name: 'Полное название' }), 'Муниципальное бюджетное общеобразовательное учреждение «Лицей № 9»');
  await userEvent.type(screen.getByRole('textbox', { name: 'Краткое название' }), 'МБОУ Лицей № 9');
  await userEvent.type(screen.getByRole('textbox', { name: 'ИНН' }), '2460000003');
  await userEvent.type(screen.getByRole('textbox', { name: 'ОГРН' }), '1022402000005');
  await screen.findByRole('option', { name: 'г. Красноярск' });
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Муниципалитет' }), 'г. Красноярск');
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Сохранить школу' }));

beforeEach(() => window.history.replaceState(null, '', '/region/schools/new'));

describe('«Новая школа»', () => {
  it('shows a server error about the INN under the ИНН field and focuses it', async () => {
    const { fetchImpl } = server(() => problem(409, 'Школа с таким ИНН уже есть в регионе.', 'inn'));
    renderWithApi(<NewSchool />, fetchImpl);
    await fillValid();
    await save();

    const inn = screen.getByRole('textbox', { name: 'ИНН' });
    await waitFor(() => expect(inn).toHaveAttribute('aria-invalid', 'true'));
    expect(inn).toHaveAccessibleDescription(expect.stringContaining('Школа с таким ИНН уже есть в регионе.'));
    expect(inn).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'ОГРН' })).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('maps municipalityId to the municipality select', async () => {
    const { fetchImpl } = server(() => problem(400, 'Такого муниципалитета нет.', 'municipalityId'));
    renderWithApi(<NewSchool />, fetchImpl);
    await fillValid();
    await save();
    const select = screen.getByRole('combobox', { name: 'Муниципалитет' });
    await waitFor(() => expect(select).toHaveFocus());
    expect(select).toHaveAccessibleDescription('Такого муниципалитета нет.');
  });

  it('shows a problem without a known field at the top', async () => {
    const { fetchImpl } = server(() => problem(400, 'Проверьте данные школы.'));
    renderWithApi(<NewSchool />, fetchImpl);
    await fillValid();
    await save();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Проверьте данные школы.');
    expect(alert).toHaveFocus();
  });

  it('checks the obvious before asking the server', async () => {
    const { fetchImpl, calls } = server(() => json(500));
    renderWithApi(<NewSchool />, fetchImpl);
    await userEvent.type(screen.getByRole('textbox', { name: 'ИНН' }), '12345');
    await save();
    const fullName = screen.getByRole('textbox', { name: 'Полное название' });
    expect(fullName).toHaveFocus();
    expect(fullName).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'ИНН' })).toHaveAccessibleDescription(
      expect.stringContaining('ИНН школы состоит из 10 цифр.'),
    );
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('sends the school and opens its page with «Школа добавлена»', async () => {
    const { fetchImpl, calls } = server(() => json(201, school(77)));
    renderWithApi(<NewSchool />, fetchImpl);
    await fillValid();
    await save();
    await waitFor(() => expect(window.location.pathname).toBe('/region/schools/77'));
    expect(window.history.state).toEqual({ flash: 'Школа добавлена' });
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url.pathname).toBe('/api/v1/schools');
    expect(post?.body).toEqual({
      fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Лицей № 9»',
      shortName: 'МБОУ Лицей № 9',
      inn: '2460000003',
      ogrn: '1022402000005',
      address: '',
      municipalityId: 1,
    });
  });

  it('adds a municipality inline and selects it', async () => {
    const { fetchImpl, calls } = server(() => json(500));
    renderWithApi(<NewSchool />, fetchImpl);
    await userEvent.click(screen.getByRole('button', { name: '+ Добавить муниципалитет' }));
    const name = screen.getByRole('textbox', { name: 'Название нового муниципалитета' });
    expect(name).toHaveFocus();
    await userEvent.type(name, 'г. Ачинск{Enter}');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Муниципалитет' })).toHaveValue('9'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'г. Ачинск' });
    expect(screen.getByRole('status')).toHaveTextContent('Муниципалитет «г. Ачинск» добавлен и выбран.');
  });
});
