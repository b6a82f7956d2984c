import type { RowError } from '../api/problem';

/** The problems of an imported file's rows, in row order: row, column, what is wrong. */
export function RowErrorsTable({ rows, columnName = (field) => field ?? '—' }: {
  rows: readonly RowError[];
  columnName?: (field: string | null) => string;
}) {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  return (
    <div className="table-wrap table-wrap--always">
      <table className="table">
        <caption className="visually-hidden">Ошибки в строках файла</caption>
        <thead>
          <tr>
            <th scope="col">Строка</th>
            <th scope="col">Столбец</th>
            <th scope="col">Ошибка</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((error, i) => (
            <tr key={`${error.row}-${error.field ?? ''}-${i}`}>
              <th scope="row">Строка {error.row}</th>
              <td>{columnName(error.field)}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
