import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LessonPageData } from '../../api/journal';
import type { LessonTopics } from '../../api/plans';
import { fakeFetch, json, renderWithApi } from '../../test/fakeApi';
import { LessonJournalPage } from './LessonJournalPage';

const PAGE: LessonPageData = {
  lesson: {
    id: 100, version: 4, date: '2026-11-22', slotNumber: 2, startsAt: '09:25', endsAt: '10:10', state: 'SCHEDULED',
    schoolId: 7, classId: 12, className: '5А', subjectId: 4, subjectName: 'Математика', teacherId: 30,
    teacherName: 'Иванова Мария Петровна', topic: null, planTopicId: null, homework: null, noHomework: false,
  },
  students: [{ studentId: 101, name: 'Алексеев Иван Петрович', attendance: null, marks: [] }],
  workKinds: [{ id: 1, code: 'ANSWER', name: 'Ответ на уроке', shortName: 'Ответ', weight: 1, doubleMarkAllowed: false }],
  permissions: { canWrite: true, homeworkAllowed: true },
  files: [],
};

const TOPICS: LessonTopics = {
  lessonId: 100, planId: 5, chosenTopicId: null, suggestedTopicId: 52,
  topics: [
    { id: 51, position: 1, title: 'Натуральные числа', hours: 1, kind: 'REGULAR', kindName: 'урок', homework: null,
      usedBefore: 1, used: true },
    { id: 52, position: 2, title: 'Дроби', hours: 2, kind: 'REGULAR', kindName: 'урок', homework: '№ 12, 14',
      usedBefore: 0, used: false },
  ],
};

function api() {
  return fakeFetch((request) => {
    if (request.url.pathname === '/api/v1/schools/7/plans/for-lesson/100') return json(200, TOPICS);
    if (request.method === 'PUT') return json(200, { lessonId: 100, version: 5, marksChanged: 0, attendanceChanged: 0 });
    return json(200, PAGE);
  });
}

describe('the lesson page’s topic', () => {
  it('is chosen from the КТП, bringing the topic’s homework, and saved with the plan topic', async () => {
    const { fetchImpl, calls } = api();
    renderWithApi(<LessonJournalPage id={100} />, fetchImpl);
    const picker = await screen.findByLabelText('Тема из КТП');
    expect(screen.getByRole('option', { name: /1\. Натуральные числа \(1 из 1 ч\) — пройдена/ })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /2\. Дроби \(0 из 2 ч\) — следующая по плану/ })).toBeInTheDocument();

    await userEvent.selectOptions(picker, '52');
    expect(screen.getByLabelText('Тема урока')).toHaveValue('Дроби');
    expect(screen.getByLabelText('Домашнее задание')).toHaveValue('№ 12, 14');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить урок' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({
      version: 4,
      description: { topic: 'Дроби', planTopicId: 52, homework: '№ 12, 14', noHomework: false },
    });
  });

  it('becomes a free topic when the teacher types another title', async () => {
    const { fetchImpl, calls } = api();
    renderWithApi(<LessonJournalPage id={100} />, fetchImpl);
    await userEvent.selectOptions(await screen.findByLabelText('Тема из КТП'), '52');
    const topic = screen.getByLabelText('Тема урока');
    await userEvent.clear(topic);
    await userEvent.type(topic, 'Дроби: повторение');
    expect(screen.getByLabelText('Тема из КТП')).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить урок' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({
      description: { topic: 'Дроби: повторение', planTopicId: null },
    });
  });

  it('is typed in full when there is no plan', async () => {
    const { fetchImpl } = fakeFetch((request) => request.url.pathname.includes('for-lesson')
      ? json(200, { ...TOPICS, planId: null, suggestedTopicId: null, topics: [] }) : json(200, PAGE));
    renderWithApi(<LessonJournalPage id={100} />, fetchImpl);
    expect(await screen.findByLabelText('Тема урока')).toBeEnabled();
    expect(screen.queryByLabelText('Тема из КТП')).not.toBeInTheDocument();
  });
});
