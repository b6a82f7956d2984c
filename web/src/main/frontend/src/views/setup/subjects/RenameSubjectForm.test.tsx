import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, problem, renderWithApi } from '../../../test/fakeApi';
import { RenameSubjectForm } from './RenameSubjectForm';

const subjects = [
  { id: 1, name: 'Математика', shortName: 'Мат.', schoolId: null },
  { id: 7, name: 'Шахматы', shortName: 'Шахм.', schoolId: 5 },
];

describe('renaming a subject', () => {
  it('fills in the chosen subject, sends the new names and shows a duplicate under «Новое название»', async () => {
    const onRenamed = vi.fn();
    let first = true;
    const { fetchImpl, calls } = fakeFetch(() => {
      if (first) {
        first = false;
        return problem(409, 'Такой предмет уже есть в региональном каталоге', 'name');
      }
      return json(200, { id: 7, name: 'Шахматы и шашки', shortName: 'Ш/ш', schoolId: 5 });
    });
    renderWithApi(<RenameSubjectForm subjects={subjects} onRenamed={onRenamed} />, fetchImpl);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Предмет/ }), '7');
    const name = screen.getByRole('textbox', { name: /Новое название/ });
    expect(name).toHaveValue('Шахматы');
    await userEvent.clear(name);
    await userEvent.type(name, 'Математика');
    await userEvent.click(screen.getByRole('button', { name: 'Переименовать' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining('уже есть в региональном каталоге')));

    await userEvent.clear(name);
    await userEvent.type(name, 'Шахматы и шашки');
    await userEvent.click(screen.getByRole('button', { name: 'Переименовать' }));
    await waitFor(() => expect(onRenamed).toHaveBeenCalledOnce());
    expect(calls[1]?.method).toBe('PUT');
    expect(calls[1]?.url.pathname).toBe('/api/v1/subjects/7');
    expect(calls[1]?.body).toEqual({ name: 'Шахматы и шашки', shortName: 'Шахм.' });
  });
});
