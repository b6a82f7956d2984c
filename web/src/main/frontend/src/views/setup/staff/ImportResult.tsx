import { useEffect, useRef } from 'react';
import type { RowError } from '../../../api/problem';
import type { ImportCounts } from '../../../api/staff';
import { RowErrorsTable } from '../../../components/RowErrorsTable';

/** What came of an import: the counts, or the rejected rows (and then nothing was imported). */
export type ImportOutcome =
  | { kind: 'imported'; fileName: string; counts: ImportCounts }
  | { kind: 'rejected'; fileName: string; message: string; rows: RowError[] };

/** The columns of the import file, by the request field names the server reports. */
const COLUMNS: Readonly<Record<string, string>> = {
  surname: 'Фамилия',
  givenName: 'Имя',
  patronymic: 'Отчество',
  birthDate: 'Дата рождения',
  snils: 'СНИЛС',
  positions: 'Должности',
};

/** The column's Russian header; a header the server already wrote in Russian is kept. */
export const columnName = (field: string | null) => (field ? COLUMNS[field] ?? field : '—');

/** The outcome of an import; its heading takes the focus when it appears. */
export function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [outcome]);

  if (outcome.kind === 'imported') {
    const { created, updated, unchanged } = outcome.counts;
    return (
      <div className="import-result import-result--ok">
        <h3 className="subsection-title" tabIndex={-1} ref={heading}>
          <span aria-hidden="true">✓ </span>Файл «{outcome.fileName}» загружен
        </h3>
        <dl className="counts">
          <div className="counts__item"><dt>Создано</dt><dd>{created}</dd></div>
          <div className="counts__item"><dt>Обновлено</dt><dd>{updated}</dd></div>
          <div className="counts__item"><dt>Без изменений</dt><dd>{unchanged}</dd></div>
        </dl>
      </div>
    );
  }
  const rows = outcome.rows;
  return (
    <div className="import-result import-result--rejected">
      <h3 className="subsection-title" tabIndex={-1} ref={heading}>
        <span aria-hidden="true">! </span>Ничего не импортировано — исправьте файл и загрузите снова
      </h3>
      <p>
        {outcome.message}
        {rows.length > 0 && ` Ошибок в файле «${outcome.fileName}»: ${rows.length}.`}
      </p>
      {rows.length > 0 && <RowErrorsTable rows={rows} columnName={columnName} />}
    </div>
  );
}
