import { useRef, useState, type Ref } from 'react';
import { FieldGroup } from '../../../components/FormParts';
import { dayOffRow, withHolidays, type DayOffRow } from './calendarLogic';

interface DaysOffProps {
  rows: DayOffRow[];
  startsOn: string;
  endsOn: string;
  onRows: (rows: DayOffRow[]) => void;
  error: string | undefined;
  groupRef: Ref<HTMLFieldSetElement>;
}

/** «Нерабочие дни»: date and reason per row, rows added and removed, public holidays added at once. */
export function DaysOffFieldset({ rows, startsOn, endsOn, onRows, error, groupRef }: DaysOffProps) {
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const change = (key: number, field: 'day' | 'reason', value: string) =>
    onRows(rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  function addHolidays() {
    if (!startsOn || !endsOn || endsOn < startsOn) {
      setStatus('Сначала укажите даты начала и окончания учебного года.');
      return;
    }
    const next = withHolidays(rows, startsOn, endsOn);
    const added = next.length - rows.filter((row) => row.day || row.reason.trim()).length;
    onRows(next);
    setStatus(added > 0 ? `Добавлено государственных праздников: ${added}.`
      : 'Все государственные праздники этого учебного года уже в списке.');
  }

  function remove(key: number, number: number) {
    onRows(rows.filter((row) => row.key !== key));
    setStatus(`Строка ${number} удалена.`);
    addButton.current?.focus();
  }

  return (
    <FieldGroup id="year-daysOff" legend="Нерабочие дни" error={error} groupRef={groupRef}
      hint="Праздники и перенесённые выходные внутри учебного года: уроков в эти дни не будет.">
      {rows.length === 0 ? (
        <p className="note rows__empty">Нерабочих дней нет. Добавьте государственные праздники или день вручную.</p>
      ) : (
        <ol className="rows">
          {rows.map((row, index) => {
            const id = `year-dayoff-${row.key}`;
            return (
              <li key={row.key} className="rows__item">
                <div role="group" aria-label={`Нерабочий день ${index + 1}`} className="row row--dayoff">
                  <span className="row__field">
                    <label className="row__label" htmlFor={`${id}-day`}>Дата</label>
                    <input id={`${id}-day`} className="input" type="date" value={row.day}
                      min={startsOn || undefined} max={endsOn || undefined}
                      onChange={(event) => change(row.key, 'day', event.target.value)} />
                  </span>
                  <span className="row__field row__field--wide">
                    <label className="row__label" htmlFor={`${id}-reason`}>Причина</label>
                    <input id={`${id}-reason`} className="input" value={row.reason} autoComplete="off"
                      placeholder="Например: День народного единства"
                      onChange={(event) => change(row.key, 'reason', event.target.value)} />
                  </span>
                  <button type="button" className="button button--secondary button--small row__remove"
                    onClick={() => remove(row.key, index + 1)}>
                    Удалить<span className="visually-hidden"> нерабочий день {index + 1}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="row-actions">
        <button ref={addButton} type="button" className="button button--secondary button--small"
          onClick={() => onRows([...rows, dayOffRow()])}>
          <span aria-hidden="true">+&nbsp;</span>Добавить день
        </button>
        <button type="button" className="button button--secondary button--small" onClick={addHolidays}>
          Добавить государственные праздники
        </button>
      </div>
      <p className="rows__status" role="status">{status}</p>
    </FieldGroup>
  );
}
