import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithApi } from '../../../test/fakeApi';
import { fakeImportJob, JOB_WAIT } from '../../../test/fakeImportJob';
import { StudentImport } from './StudentImport';

const counts = { created: 2, enrolled: 2, unchanged: 0, representativesCreated: 1, representativesLinked: 2 };
const withErrors = {
  yearLabel: '2026/2027', rows: 3, validRows: 2, errorCount: 2, counts,
  errors: [
    { row: 4, field: 'Представитель 1: СНИЛС', message: 'Неверный СНИЛС: проверьте номер' },
    { row: 4, field: 'Дата рождения', message: 'Проверьте дату рождения' },
  ],
};

async function check(name = 'ученики.csv') {
  await userEvent.upload(screen.getByLabelText('Файл со списком обучающихся'), new File(['Класс;Фамилия\n'], name));
  await userEvent.click(screen.getByRole('button', { name: 'Проверить файл' }));
}

describe('students import', () => {
  it('offers the templates of the students list', () => {
    renderWithApi(<StudentImport schoolId={5} yearId={7} onImported={vi.fn()} />, fakeFetch(() => json(200, {})).fetchImpl);
    expect(screen.getByRole('link', { name: 'Шаблон обучающихся (.xlsx)' }))
      .toHaveAttribute('href', '/api/v1/schools/5/students/import-template?format=xlsx');
  });

  it('checks the file first, shows every row problem with its column, then imports only the valid rows', async () => {
    const onImported = vi.fn();
    const job = fakeImportJob({ result: counts }, 2);
    const { fetchImpl, calls } = fakeFetch((request) => request.url.pathname.endsWith('/preview')
      ? json(200, withErrors) : job(request) ?? json(404, {}));
    renderWithApi(<StudentImport schoolId={5} yearId={7} onImported={onImported} />, fetchImpl);
    await check();

    expect(await screen.findByRole('heading', { name: 'Файл «ученики.csv» проверен: строк с ошибками — 1 из 3' })).toHaveFocus();
    const rows = within(screen.getByRole('table', { name: 'Ошибки в строках файла' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Строка 4Представитель 1: СНИЛСНеверный СНИЛС: проверьте номер',
      'Строка 4Дата рожденияПроверьте дату рождения',
    ]);
    expect(calls[0]?.url.pathname).toBe('/api/v1/schools/5/students/import/preview');
    expect(calls[0]?.url.searchParams.get('yearId')).toBe('7');
    expect(onImported).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Загрузить только строки без ошибок (2)' }));
    expect(await screen.findByText('Сохранение. Обработано 1 из 2 строк', {}, JOB_WAIT)).toBeVisible();
    expect(await screen.findByRole('heading', { name: /Файл «ученики.csv» загружен/ }, JOB_WAIT)).toBeVisible();
    expect(calls[1]?.url.pathname).toBe('/api/v1/schools/5/students/import');
    expect(calls[2]?.url.pathname).toBe('/api/v1/schools/5/students/imports/j1');
    expect(calls[1]?.url.searchParams.get('validRowsOnly')).toBe('true');
    expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual(['2', '2', '0', '1', '2']);
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('imports a clean file whole, and shows a refused file with nothing imported', async () => {
    const clean = { ...withErrors, errors: [], errorCount: 0, validRows: 3 };
    const job = fakeImportJob({ problem: { title: 'Ошибки в файле', status: 422,
      detail: 'В файле есть ошибки (1): ничего не загружено.',
      errors: [{ row: 2, field: 'Класс', message: 'Класса 5В нет в учебном году 2026/2027' }] } });
    const { fetchImpl, calls } = fakeFetch((request) => request.url.pathname.endsWith('/preview') ? json(200, clean)
      : job(request) ?? json(404, {}));
    renderWithApi(<StudentImport schoolId={5} yearId={null} onImported={vi.fn()} />, fetchImpl);
    await check('ученики.xlsx');
    await userEvent.click(await screen.findByRole('button', { name: 'Загрузить' }));
    expect(await screen.findByRole('heading', { name: /Ничего не загружено/ }, JOB_WAIT)).toBeVisible();
    expect(screen.getByText('Класса 5В нет в учебном году 2026/2027')).toBeVisible();
    expect(calls[1]?.url.search).toBe('');
    expect(calls[1]?.headers['Content-Type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('asks for a file before sending anything', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(200, {}));
    renderWithApi(<StudentImport schoolId={5} yearId={7} onImported={vi.fn()} />, fetchImpl);
    await userEvent.click(screen.getByRole('button', { name: 'Проверить файл' }));
    expect(screen.getByText('Выберите файл со списком обучающихся.')).toBeVisible();
    expect(calls).toHaveLength(0);
  });
});
