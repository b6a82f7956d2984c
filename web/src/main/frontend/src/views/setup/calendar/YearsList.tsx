import type { AcademicYear } from '../../../api/calendar';
import { PERIOD_SYSTEMS, shortDate, WORKING_WEEKS } from './calendarLogic';

/** The school's academic years, newest first, each with its periods and days off. */
export function YearsList({ years }: { years: AcademicYear[] }) {
  if (years.length === 0) {
    return (
      <p className="empty empty--inline">
        Учебных годов пока нет. Создайте первый в форме ниже: укажите даты, отчётные периоды и
        нерабочие дни.
      </p>
    );
  }
  return (
    <ul className="cards cards--always">
      {years.map((year) => {
        const system = PERIOD_SYSTEMS[year.periodSystem];
        return (
          <li key={year.id} className="card">
            <h4 className="card__title">Учебный год {year.label}</h4>
            <p className="card__line">
              {shortDate(year.startsOn)} – {shortDate(year.endsOn)} · {system?.label ?? year.periodSystem} ·{' '}
              {WORKING_WEEKS[year.workingWeek] ?? year.workingWeek}
            </p>
            <ul className="card__list card__list--plain">
              {year.periods.map((period) => (
                <li key={period.number}>
                  {period.number} {system?.one ?? 'период'}: {shortDate(period.startsOn)} – {shortDate(period.endsOn)}
                </li>
              ))}
            </ul>
            {year.daysOff.length > 0 ? (
              <details className="details">
                <summary>Нерабочие дни: {year.daysOff.length}</summary>
                <ul className="card__list">
                  {year.daysOff.map((day) => (
                    <li key={day.day}>
                      {shortDate(day.day)} — {day.reason}
                    </li>
                  ))}
                </ul>
              </details>
            ) : (
              <p className="card__line muted">Нерабочих дней нет.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
