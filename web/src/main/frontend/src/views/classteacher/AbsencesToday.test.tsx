import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, renderWithApi } from '../../test/fakeApi';
import { AbsencesToday } from './AbsencesToday';

const classTeacher = { subject: 'c1', displayName: 'Иванова Мария Петровна', roles: ['teacher', 'class-teacher'] };
const report = {
  id: 9, studentPersonId: 11, classId: 3, from: '2026-11-18', to: '2026-11-19', reason: 'ILLNESS',
  comment: 'Температура', reportedAt: '2026-11-17T15:00:00Z', decision: null, decidedCode: null,
};
const day = {
  date: '2026-11-18',
  classes: [{ classId: 3, className: '9А', students: [
    { personId: 11, displayName: 'Петрова Анна Сергеевна', reports: [report],
      lessons: [{ lessonId: 100, slot: 2, subject: 'Математика', code: 'ABSENT' }] },
  ] }],
};

describe('AbsencesToday', () => {
  it('lists the day’s absences with the parents’ reports and records the class teacher’s decision', async () => {
    const { fetchImpl, calls } = fakeFetch((request) => {
      if (request.method === 'POST') return json(200, { ...report, decision: 'ACCEPTED', decidedCode: 'ILL' });
      return json(200, day);
    });
    renderWithApi(<AbsencesToday search="?date=2026-11-18" me={classTeacher} />, fetchImpl);

    expect(await screen.findByRole('heading', { name: '9А' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Петрова Анна Сергеевна' })).toHaveAttribute(
      'href', '/diary?child=11&date=2026-11-18');
    expect(screen.getByRole('img', { name: 'Посещаемость: Н — Отсутствовал' })).toBeInTheDocument();
    expect(screen.getByText(/Сообщение родителя: болезнь/)).toHaveTextContent('«Температура»');

    await userEvent.click(screen.getByRole('button', { name: 'Принять: Б' }));
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.url.pathname).toBe('/api/v1/class-teacher/absence-reports/9/decision');
    expect(post?.body).toEqual({ decision: 'ACCEPTED', code: 'ILL' });
  });

  it('tells other people this page is for class teachers', () => {
    const { fetchImpl } = fakeFetch(() => json(200, day));
    renderWithApi(<AbsencesToday search="" me={{ ...classTeacher, roles: ['parent'] }} />, fetchImpl);
    expect(screen.getByText(/классного руководителя/)).toBeInTheDocument();
  });
});
