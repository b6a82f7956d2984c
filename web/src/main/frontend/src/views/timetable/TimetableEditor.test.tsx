import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, problem, renderWithApi } from '../../test/fakeApi';
import { TimetableEditor } from './TimetableEditor';

const YEAR = { id: 3, startsOn: '2026-09-01', endsOn: '2027-05-31' };
const OPTIONS = {
  assignments: [{ id: 11, subject: 'Математика', teacher: 'Иванова М. П.', group: null, stream: null }],
  rooms: [{ id: 21, name: '201' }],
  bellSchedules: [{ id: 1, name: 'Основное', slots: [{ number: 1, startsAt: '08:30:00', endsAt: '09:15:00' }] }],
  teachers: [],
};
const MATHS = {
  id: 5, weekday: 2, weekKind: 'EVERY', bellScheduleId: 1, slotNumber: 1, startsAt: '08:30:00', endsAt: '09:15:00',
  assignmentId: 11, subjectId: 1, subject: 'Математика', teacherId: 7, teacher: 'Иванова М. П.', groupId: null, group: null,
  streamId: null, stream: null, roomId: 21, room: '201', validFrom: '2026-09-01', validTo: null,
};

function api(onAdd: () => Response) {
  return fakeFetch(({ method, url }) => {
    if (url.pathname.endsWith('/timetable/classes')) {
      return json(200, { yearId: YEAR.id, startsOn: YEAR.startsOn, endsOn: YEAR.endsOn, classes: [{ id: 9, name: '5А' }] });
    }
    if (url.pathname.endsWith('/options')) return json(200, OPTIONS);
    if (method === 'POST' && url.pathname.endsWith('/entries')) return onAdd();
    return json(200, { classId: 9, date: '2026-09-07', monday: '2026-09-07', week: 'B', entries: [MATHS] });
  });
}

describe('TimetableEditor', () => {
  it('shows the week grid with its week kind and the entries in their cells', async () => {
    const { fetchImpl } = api(() => json(201, {}));
    renderWithApi(<TimetableEditor schoolId={1} classId={9} date="2026-09-07" editable />, fetchImpl);

    expect(await screen.findByText(/неделя Б/)).toBeVisible();
    const row = screen.getByRole('row', { name: /^1/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('МатематикаИванова М. П., каб. 201');
    expect(cells[0]).not.toHaveTextContent('Математика');
  });

  it('adds an entry in a cell and shows a clash refused by the server inline, in Russian', async () => {
    const clash = 'Учитель Иванова М. П. в это время уже ведёт урок: «Математика», 5Б';
    const { fetchImpl, calls } = api(() => problem(409, clash, 'slotNumber'));
    renderWithApi(<TimetableEditor schoolId={1} classId={9} date="2026-09-07" editable />, fetchImpl);

    await userEvent.click(await screen.findByRole('button', { name: 'Добавить урок: понедельник, 1-й урок' }));
    const form = screen.getByRole('group', { name: 'Новый урок: понедельник, 1-й урок' });
    await userEvent.selectOptions(within(form).getByLabelText('Предмет и учитель'), '11');
    await userEvent.selectOptions(within(form).getByLabelText('Недели'), 'A');
    await userEvent.click(within(form).getByRole('button', { name: 'Добавить' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(clash);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      assignmentId: 11, weekday: 1, weekKind: 'A', bellScheduleId: 1, slotNumber: 1, roomId: null, validFrom: null,
    });
  });
});
