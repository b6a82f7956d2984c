import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, renderWithApi, type FakeRequest } from '../../../test/fakeApi';
import { SchoolStudentsList } from './SchoolStudentsList';
import { SchoolRepresentativesList } from './SchoolRepresentativesList';
import { PeopleSearch } from './PeopleSearch';

const classes = [
  { id: 9, name: '5А', grade: 5, letter: 'А', yearId: 3, classTeacher: null, studentCount: 30 },
  { id: 10, name: '6А', grade: 6, letter: 'А', yearId: 3, classTeacher: null, studentCount: 15 },
];

/** 45 students (30 in 5А, 15 in 6А), searched and paged as the server does it: case and «ё» do not matter. */
function school() {
  const all = Array.from({ length: 45 }, (_, i) => ({
    personId: 100 + i,
    displayName: i === 44 ? 'Алёшин Семён Игоревич' : `Ученик${String(i).padStart(2, '0')} Пётр Ильич`,
    birthDate: '2015-03-14',
    classId: i < 30 ? 9 : 10,
    className: i < 30 ? '5А' : '6А',
  }));
  const key = (text: string) => text.toLowerCase().replaceAll('ё', 'е');
  return fakeFetch(({ url }: FakeRequest) => {
    const page = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('size'));
    const q = key(url.searchParams.get('q') ?? '');
    const classId = url.searchParams.get('classId');
    if (url.pathname === '/api/v1/schools/5/representatives') {
      return json(200, { items: [{ personId: 7, displayName: 'Алёшина Анна Сергеевна',
        children: [{ personId: 144, displayName: 'Алёшин Семён Игоревич', className: '6А', kind: 'MOTHER' }] }],
      page, size, total: 1 });
    }
    if (url.pathname === '/api/v1/schools/5/people') {
      return json(200, { items: [{ personId: 7, displayName: 'Алёшина Анна Сергеевна', roles: ['STAFF', 'REPRESENTATIVE'], className: null }],
        page, size, total: 1 });
    }
    const found = all.filter((s) => key(s.displayName).includes(q) && (!classId || String(s.classId) === classId));
    return json(200, { items: found.slice(page * size, page * size + size), page, size, total: found.length });
  });
}

const studentCalls = (calls: FakeRequest[]) => calls.filter((c) => c.url.pathname === '/api/v1/schools/5/students');

describe('«Обучающиеся школы»', () => {
  it('asks the server for one page and pages with «Далее» and «Назад»', async () => {
    const { fetchImpl, calls } = school();
    renderWithApi(<SchoolStudentsList schoolId={5} classes={classes} version={0} />, fetchImpl);

    expect(await screen.findByText('Найдено: 45')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Обучающиеся школы' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(within(table).getByRole('link', { name: 'Ученик00 Пётр Ильич' })).toHaveAttribute('href', '/region/students/100?class=9');
    expect(studentCalls(calls)[0]!.url.search).toBe('?page=0&size=20');
    expect(screen.getByRole('button', { name: /Назад/ })).toHaveAttribute('aria-disabled', 'true');

    await userEvent.click(screen.getByRole('button', { name: /Далее/ }));
    expect(await screen.findByText('Страница 2 из 3')).toBeVisible();
    expect(studentCalls(calls).at(-1)!.url.search).toBe('?page=1&size=20');
    await userEvent.click(screen.getByRole('button', { name: /Назад/ }));
    expect(await screen.findByText('Страница 1 из 3')).toBeVisible();
  });

  it('searches after a pause in typing, from the first page, and filters by class', async () => {
    const { fetchImpl, calls } = school();
    renderWithApi(<SchoolStudentsList schoolId={5} classes={classes} version={0} />, fetchImpl);
    await userEvent.click(await screen.findByRole('button', { name: /Далее/ }));
    await screen.findByText('Страница 2 из 3');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'АЛЕШ');
    expect(await screen.findByText('Найдено: 1')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Алёшин Семён Игоревич' })).toBeVisible();
    const searched = studentCalls(calls).filter((c) => c.url.searchParams.get('q'));
    expect(searched.map((c) => c.url.searchParams.get('q'))).toEqual(['АЛЕШ']);
    expect(searched[0]!.url.searchParams.get('page')).toBe('0');

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Поиск' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Класс' }), '6А');
    expect(await screen.findByText('Найдено: 15')).toBeVisible();
    await waitFor(() => expect(studentCalls(calls).at(-1)!.url.searchParams.get('classId')).toBe('10'));
  });

  it('says how to fill an empty school and what to do when nobody is found', async () => {
    const { fetchImpl } = fakeFetch(({ url }) => json(200, { items: [], page: 0, size: 20, total: 0, q: url.search }));
    renderWithApi(<SchoolStudentsList schoolId={5} classes={classes} version={0} />, fetchImpl);
    expect(await screen.findByText(/Обучающихся пока нет/)).toBeVisible();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'Нет');
    expect(await screen.findByText(/Никого не нашли/)).toBeVisible();
  });
});

describe('«Родители и законные представители» and «Поиск человека»', () => {
  it('shows each representative with their children and each person with their roles', async () => {
    const { fetchImpl } = school();
    renderWithApi(<><SchoolRepresentativesList schoolId={5} version={0} /><PeopleSearch schoolId={5} version={0} /></>, fetchImpl);
    const parents = await screen.findByRole('table', { name: 'Родители и законные представители' });
    expect(within(parents).getByRole('row', { name: /Алёшина Анна Сергеевна/ })).toHaveTextContent('Алёшин Семён Игоревич, 6А (мать)');
    const people = await screen.findByRole('table', { name: 'Поиск человека' });
    expect(within(people).getByRole('row', { name: /Алёшина/ })).toHaveTextContent('Сотрудник, Родитель (законный представитель)');
  });
});
