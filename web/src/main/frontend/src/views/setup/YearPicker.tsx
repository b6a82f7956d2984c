import type { AcademicYear } from '../../api/calendar';
import { AppLink } from '../../components/AppLink';
import { PATHS } from '../../routing';

/** «Учебный год» above a step that works within one year; without years, says where to create one. */
export function YearPicker({ schoolId, years, value, onValue, id }: {
  schoolId: number;
  years: AcademicYear[];
  value: number | null;
  onValue: (yearId: number) => void;
  id: string;
}) {
  if (years.length === 0) {
    return (
      <div className="empty empty--inline">
        <p className="empty__text">Сначала создайте учебный год: классы и учебный план составляются на год.</p>
        <AppLink className="button button--primary" href={PATHS.regionSchoolSetup(schoolId, 'calendar')}>
          Перейти к шагу «Учебный год и звонки»
        </AppLink>
      </div>
    );
  }
  return (
    <div className="field year-picker">
      <label className="field__label" htmlFor={id}>Учебный год</label>
      <select id={id} className="input select input--short" value={value ?? ''}
        onChange={(event) => onValue(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year.id} value={year.id}>
            {year.label}
          </option>
        ))}
      </select>
    </div>
  );
}
