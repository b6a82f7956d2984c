import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, problem, renderWithApi } from '../../../test/fakeApi';
import { fakeImportJob, JOB_WAIT } from '../../../test/fakeImportJob';
import { StaffImport } from './StaffImport';

const IMPORT = '/api/v1/schools/5/staff/import';
const file = (name: string, text = 'Фамилия;Имя\n') => new File([text], name, { type: '' });

const rejected = {
  type: 'about:blank', title: 'Ошибка', status: 422, detail: 'Файл не загружен: в нём есть ошибки.',
  errors: [
    { row: 7, field: 'Должности', message: 'Неизвестная должность: «учитель физры»' },
    { row: 5, field: 'snils', message: 'Неверный СНИЛС' },
  ],
};

/** The import job's answers, and 404 for anything else. */
const server = (end: { result?: unknown; problem?: unknown }) => {
  const job = fakeImportJob(end);
  return (request: Parameters<typeof job>[0]) => job(request) ?? json(404, {});
};

async function upload(name: string) {
  await userEvent.upload(screen.getByLabelText('Файл со списком сотрудников'), file(name));
  await userEvent.click(screen.getByRole('button', { name: 'Загрузить файл' }));
}

describe('staff import', () => {
  it('offers both templates', () => {
    renderWithApi(<StaffImport schoolId={5} onImported={vi.fn()} />, fakeFetch(() => json(200, {})).fetchImpl);
    expect(screen.getByRole('link', { name: 'Шаблон Excel (.xlsx)' })).toHaveAttribute('href', '/api/v1/schools/5/staff/import-template?format=xlsx');
    expect(screen.getByRole('link', { name: 'Шаблон CSV' })).toHaveAttribute('href', '/api/v1/schools/5/staff/import-template?format=csv');
  });

  it('shows the rejected rows in row order and says nothing was imported', async () => {
    const onImported = vi.fn();
    renderWithApi(<StaffImport schoolId={5} onImported={onImported} />, fakeFetch(server({ problem: rejected })).fetchImpl);
    await upload('staff.csv');
    const heading = await screen.findByRole('heading',
      { name: /Ничего не импортировано — исправьте файл и загрузите снова/ }, JOB_WAIT);
    await waitFor(() => expect(heading).toHaveFocus());
    const table = screen.getByRole('table', { name: 'Ошибки в строках файла' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['Строка 5СНИЛСНеверный СНИЛС', 'Строка 7ДолжностиНеизвестная должность: «учитель физры»']);
    expect(screen.getByText(/Ошибок в файле «staff.csv»: 2/)).toBeVisible();
    expect(onImported).not.toHaveBeenCalled();
  });

  it('sends the file with its type and the CSRF header, then shows the counts', async () => {
    const onImported = vi.fn();
    const { fetchImpl, calls } = fakeFetch(server({ result: { created: 12, updated: 3, unchanged: 40 } }));
    renderWithApi(<StaffImport schoolId={5} onImported={onImported} />, fetchImpl);
    await upload('Сотрудники.CSV');
    expect(await screen.findByText('Сохранение. Обработано 1 из 2 строк', {}, JOB_WAIT)).toBeVisible();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
    expect(await screen.findByRole('heading', { name: /Файл «Сотрудники.CSV» загружен/ }, JOB_WAIT)).toBeVisible();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const counts = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(counts).toEqual(['12', '3', '40']);
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Создано', 'Обновлено', 'Без изменений']);
    expect(onImported).toHaveBeenCalledOnce();
    expect(calls[0]?.url.pathname).toBe(IMPORT);
    expect(calls[0]?.headers).toMatchObject({ 'Content-Type': 'text/csv', 'X-Requested-With': 'XMLHttpRequest' });
    expect(calls[0]?.raw).toBeInstanceOf(Blob);
    expect(calls.slice(1).map((call) => call.url.pathname)).toEqual(['/api/v1/schools/5/staff/imports/j1',
      '/api/v1/schools/5/staff/imports/j1']);
  });

  it('sends a workbook as xlsx', async () => {
    const { fetchImpl, calls } = fakeFetch(server({ result: { created: 1, updated: 0, unchanged: 0 } }));
    renderWithApi(<StaffImport schoolId={5} onImported={vi.fn()} />, fetchImpl);
    await upload('staff.xlsx');
    await screen.findByRole('heading', { name: /загружен/ }, JOB_WAIT);
    expect(calls[0]?.headers['Content-Type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses other files and shows a problem about the file under the input', async () => {
    const { fetchImpl, calls } = fakeFetch(() => problem(400, 'Файл пуст: заполните шаблон и загрузите его снова', 'file'));
    renderWithApi(<StaffImport schoolId={5} onImported={vi.fn()} />, fetchImpl);
    await userEvent.click(screen.getByRole('button', { name: 'Загрузить файл' }));
    expect(screen.getByLabelText('Файл со списком сотрудников')).toHaveAccessibleDescription(expect.stringContaining('Выберите файл'));

    // A dropped file is not filtered by `accept`: the check is the application's.
    await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText('Файл со списком сотрудников'), file('staff.pdf'));
    await userEvent.click(screen.getByRole('button', { name: 'Загрузить файл' }));
    expect(screen.getByText(/Загрузите файл Excel \(\.xlsx\) или CSV/)).toBeVisible();
    expect(calls).toHaveLength(0);

    await upload('staff.csv');
    const input = screen.getByLabelText('Файл со списком сотрудников');
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining('Файл пуст')));
    expect(screen.queryByRole('table')).toBeNull();
  });
});
