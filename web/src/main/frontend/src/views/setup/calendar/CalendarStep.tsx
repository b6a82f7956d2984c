import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { listBellSchedules, listYears } from '../../../api/calendar';
import { useResource } from '../../../api/useResource';
import { Flash } from '../../../components/FormParts';
import { Reveal } from '../../../components/Reveal';
import { InlineLoading } from '../../Status';
import type { StepProps } from '../SchoolSetup';
import { LoadFailure } from '../LoadFailure';
import { BellsForm } from './BellsForm';
import { BellsList } from './BellsList';
import { defaultYearDates } from './calendarLogic';
import { YearForm } from './YearForm';
import { YearsList } from './YearsList';

/** Step 2, «Учебный год и звонки»: the academic years with their periods, and the bell schedules. */
export function CalendarStep({ school, onChange }: StepProps) {
  const fetchImpl = useFetch();
  const years = useResource((signal) => listYears(fetchImpl, school.id, signal), `years/${school.id}`);
  const bells = useResource((signal) => listBellSchedules(fetchImpl, school.id, signal), `bells/${school.id}`);
  const [yearMessage, setYearMessage] = useState('');
  const [bellsMessage, setBellsMessage] = useState('');

  return (
    <>
      <section className="subsection subsection--first" aria-labelledby="years-title">
        <h2 id="years-title" className="section-title">Учебный год</h2>
        <Flash message={yearMessage} />
        {years.failure && <LoadFailure failure={years.failure} onRetry={years.reload} />}
        {years.data === null ? (
          !years.failure && <InlineLoading />
        ) : (
          <>
            <YearsList years={years.data} />
            <Reveal key={years.data.length} label="Создать следующий учебный год" initiallyOpen={years.data.length === 0}>
              <YearForm
                schoolId={school.id}
                dates={defaultYearDates(years.data[0], new Date())}
                onCreated={(year) => {
                  setYearMessage(`Учебный год ${year.label} создан.`);
                  years.reload();
                  onChange();
                }}
              />
            </Reveal>
          </>
        )}
      </section>
      <section className="subsection" aria-labelledby="bells-title">
        <h2 id="bells-title" className="section-title">Расписание звонков</h2>
        <Flash message={bellsMessage} />
        {bells.failure && <LoadFailure failure={bells.failure} onRetry={bells.reload} />}
        {bells.data === null ? (
          !bells.failure && <InlineLoading />
        ) : (
          <>
            <BellsList schedules={bells.data} />
            <Reveal key={bells.data.length} label="Добавить ещё расписание звонков" initiallyOpen={bells.data.length === 0}>
              <BellsForm
                schoolId={school.id}
                suggestedName={bells.data.length === 0 ? 'Основное' : ''}
                onCreated={(schedule) => {
                  setBellsMessage(`Расписание звонков «${schedule.name}» сохранено.`);
                  bells.reload();
                  onChange();
                }}
              />
            </Reveal>
          </>
        )}
      </section>
    </>
  );
}
