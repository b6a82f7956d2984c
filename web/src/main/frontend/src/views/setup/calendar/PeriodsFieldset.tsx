import type { Ref } from 'react';
import { FieldGroup } from '../../../components/FormParts';
import type { PeriodRow } from './calendarLogic';

interface PeriodsProps {
  rows: PeriodRow[];
  /** «четверть», «триместр», «полугодие». */
  one: string;
  /** The year's dates bound the inputs. */
  min: string;
  max: string;
  onRows: (rows: PeriodRow[]) => void;
  error: string | undefined;
  groupRef: Ref<HTMLFieldSetElement>;
}

/** «Отчётные периоды»: one row per period of the chosen system, each with its start and end. */
export function PeriodsFieldset({ rows, one, min, max, onRows, error, groupRef }: PeriodsProps) {
  const change = (index: number, key: keyof PeriodRow, value: string) =>
    onRows(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <FieldGroup id="year-periods" legend="Отчётные периоды" required error={error} groupRef={groupRef}
      hint="Каникулы — между периодами: следующий период начинается после каникул.">
      <ol className="rows">
        {rows.map((row, index) => {
          const title = `${index + 1} ${one}`;
          const id = `year-period-${index + 1}`;
          return (
            <li key={index} className="rows__item">
              <div role="group" aria-labelledby={`${id}-title`} className="row">
                <span id={`${id}-title`} className="row__title">{title}</span>
                <span className="row__field">
                  <label className="row__label" htmlFor={`${id}-start`}>Начало</label>
                  <input id={`${id}-start`} className="input" type="date" value={row.startsOn}
                    min={min || undefined} max={max || undefined}
                    onChange={(event) => change(index, 'startsOn', event.target.value)} />
                </span>
                <span className="row__field">
                  <label className="row__label" htmlFor={`${id}-end`}>Окончание</label>
                  <input id={`${id}-end`} className="input" type="date" value={row.endsOn}
                    min={min || undefined} max={max || undefined}
                    onChange={(event) => change(index, 'endsOn', event.target.value)} />
                </span>
              </div>
            </li>
          );
        })}
      </ol>
    </FieldGroup>
  );
}
