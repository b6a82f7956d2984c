import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, problem, renderWithApi } from '../../../test/fakeApi';
import { ClassPage } from './ClassPage';

const enrolled: Array<{ personId: number; displayName: string; birthDate: string }> = [];

function server() {
  enrolled.length = 0;
  return fakeFetch(({ method, url, body }) => {
    if (method === 'GET' && url.pathname === '/api/v1/classes/9') {
      const date = url.searchParams.get('date') ?? '';
      return json(200, { id: 9, name: '5А', grade: 5, letter: 'А', yearId: 3, classTeacher: null, date,
        students: date >= '2026-09-01' ? enrolled : [], groups: [] });
    }
    if (method === 'POST' && url.pathname === '/api/v1/schools/5/students') {
      const student = body as { surname: string; givenName: string; arrivedOn: string };
      if (student.arrivedOn < '2026-09-01') return problem(400, 'Дата прибытия вне учебного года класса', 'arrivedOn');
      const added = { personId: 77, displayName: `${student.surname} ${student.givenName}`, birthDate: '2015-03-14' };
      enrolled.push(added);
      return json(201, added);
    }
    return problem(404, 'Не найдено.');
  });
}

describe('the class page', () => {
  it('shows the list on a date and enrols a student, the server’s date error under «Дата прибытия»', async () => {
    const { fetchImpl, calls } = server();
    renderWithApi(<ClassPage id={9} schoolId={5} />, fetchImpl);
    expect(await screen.findByRole('heading', { level: 1, name: 'Класс 5А' })).toBeVisible();
    // A date input reports whole dates only; the list keeps its date until then.
    fireEvent.change(screen.getByLabelText('На дату'), { target: { value: '2026-09-15' } });
    expect(await screen.findByText(/На 15 сентября 2026 в классе нет учеников/)).toBeVisible();

    await userEvent.type(screen.getByRole('textbox', { name: /Фамилия/ }), 'Ученикова');
    await userEvent.type(screen.getByRole('textbox', { name: /Имя/ }), 'Мария');
    await userEvent.type(screen.getByLabelText(/Дата рождения/), '2015-03-14');
    await userEvent.click(screen.getByRole('radio', { name: 'Женский' }));
    const arrived = screen.getByLabelText(/Дата прибытия/);
    await userEvent.clear(arrived);
    await userEvent.type(arrived, '2026-08-01');
    await userEvent.type(screen.getByRole('textbox', { name: /Номер приказа/ }), '12-у');
    await userEvent.click(screen.getByRole('button', { name: 'Зачислить' }));
    await waitFor(() => expect(arrived).toHaveFocus());
    expect(arrived).toHaveAccessibleDescription(expect.stringContaining('Дата прибытия вне учебного года класса'));

    await userEvent.clear(arrived);
    await userEvent.type(arrived, '2026-09-01');
    await userEvent.click(screen.getByRole('button', { name: 'Зачислить' }));
    expect(await screen.findByRole('rowheader', { name: 'Ученикова Мария' })).toBeVisible();
    expect(screen.getByText('Учеников на 15 сентября 2026: 1')).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({
      surname: 'Ученикова', givenName: 'Мария', patronymic: '', birthDate: '2015-03-14', sex: 'FEMALE', snils: null,
      classId: 9, arrivedOn: '2026-09-01', orderRef: '12-у',
    });
  });
});
