import { useFetch } from '../../../api/ApiContext';
import { createYear, type AcademicYear, type PeriodSystem, type WorkingWeek } from '../../../api/calendar';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormAlert, RequiredNote, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import { followYearDates, PERIOD_SYSTEMS, periodsFor, WORKING_WEEKS, type PeriodRow } from './calendarLogic';
import { DaysOffFieldset } from './DaysOffFieldset';
import { PeriodsFieldset } from './PeriodsFieldset';
import { blankYear, checkYear, toNewYear, YEAR_FIELDS, type YearValues } from './yearForm';

interface YearFormProps {
  schoolId: number;
  /** The dates offered (the year after the newest one). */
  dates: PeriodRow;
  onCreated: (year: AcademicYear, next: PeriodRow) => void;
}

const SYSTEM_OPTIONS = Object.entries(PERIOD_SYSTEMS).map(([value, { label }]) => [value as PeriodSystem, label] as const);
const WEEK_OPTIONS = Object.entries(WORKING_WEEKS) as Array<[WorkingWeek, string]>;

/** «Новый учебный год»: dates, period system and periods, working week, days off. */
export function YearForm({ schoolId, dates, onCreated }: YearFormProps) {
  const fetchImpl = useFetch();
  const form = useForm<YearValues, (typeof YEAR_FIELDS)[number]>({
    fields: YEAR_FIELDS, initial: blankYear(dates), idPrefix: 'year', check: checkYear,
  });
  const { values, setValues, errors, bind } = form;

  const setDate = (field: 'startsOn' | 'endsOn') => (value: string) => {
    setValues((previous) => {
      const after = { ...previous, [field]: value };
      return { ...after, periods: followYearDates(previous.periods, previous, after) };
    });
    errors.clearField(field);
  };

  function setSystem(system: PeriodSystem) {
    setValues((previous) => ({
      ...previous,
      periodSystem: system,
      periods: periodsFor(previous.periods, PERIOD_SYSTEMS[system].count, previous),
    }));
    errors.clearField('periodSystem');
    errors.clearField('periods');
  }

  const submit = form.onSubmit(
    (v) => createYear(fetchImpl, schoolId, toNewYear(v)),
    (year) => {
      const next = { startsOn: `${year.endsOn.slice(0, 4)}-09-01`, endsOn: `${Number(year.endsOn.slice(0, 4)) + 1}-05-31` };
      form.reset(blankYear(next));
      onCreated(year, next);
    },
  );

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="year-form-title">
      <h3 id="year-form-title" className="subsection-title">Новый учебный год</h3>
      <RequiredNote />
      <FormAlert message={errors.formError} alertRef={errors.alertRef} />
      <div className="form__grid">
        <TextField {...bind('startsOn')} onValue={setDate('startsOn')} label="Начало учебного года" type="date" required />
        <TextField {...bind('endsOn')} onValue={setDate('endsOn')} label="Окончание учебного года" type="date" required
          min={values.startsOn || undefined} />
      </div>
      <ChoiceGroup id="year-periodSystem" legend="Деление на отчётные периоды" required value={values.periodSystem}
        options={SYSTEM_OPTIONS} onValue={setSystem} error={errors.fieldErrors.periodSystem}
        groupRef={errors.register('periodSystem')} />
      <PeriodsFieldset rows={values.periods} one={PERIOD_SYSTEMS[values.periodSystem].one}
        min={values.startsOn} max={values.endsOn} onRows={form.set('periods')}
        error={errors.fieldErrors.periods} groupRef={errors.register('periods')} />
      <ChoiceGroup id="year-workingWeek" legend="Учебная неделя" required value={values.workingWeek}
        options={WEEK_OPTIONS} onValue={form.set('workingWeek')} error={errors.fieldErrors.workingWeek}
        groupRef={errors.register('workingWeek')} />
      <DaysOffFieldset rows={values.daysOff} startsOn={values.startsOn} endsOn={values.endsOn}
        onRows={form.set('daysOff')} error={errors.fieldErrors.daysOff} groupRef={errors.register('daysOff')} />
      <div className="actions">
        <SubmitButton saving={form.saving} label="Создать учебный год" savingLabel="Создание…" />
      </div>
    </form>
  );
}
