import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { listYears } from '../../../api/calendar';
import { classesUrl, listClasses } from '../../../api/classes';
import { getCurriculum, listSubjects } from '../../../api/subjects';
import { useResource } from '../../../api/useResource';
import { Flash } from '../../../components/FormParts';
import { Reveal } from '../../../components/Reveal';
import { InlineLoading } from '../../Status';
import { LoadFailure } from '../LoadFailure';
import type { StepProps } from '../SchoolSetup';
import { YearPicker } from '../YearPicker';
import { CurriculumEditor } from './CurriculumEditor';
import { RenameSubjectForm } from './RenameSubjectForm';
import { SubjectForm } from './SubjectForm';
import { SubjectsCatalogue } from './SubjectsCatalogue';

const none = <T,>(data: T) => Promise.resolve({ ok: true as const, status: 200, data });

/** Step 5, «Предметы»: the subjects and the year's curriculum (hours per grade). */
export function SubjectsStep({ school, onChange }: StepProps) {
  const fetchImpl = useFetch();
  const subjects = useResource((signal) => listSubjects(fetchImpl, school.id, signal), `subjects/${school.id}`);
  const years = useResource((signal) => listYears(fetchImpl, school.id, signal), `years/${school.id}`);
  const [chosen, setChosen] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const year = years.data?.find((y) => y.id === chosen) ?? years.data?.[0];
  const yearId = year?.id ?? 0;
  const plan = useResource(
    (signal) => (yearId ? getCurriculum(fetchImpl, school.id, yearId, signal) : none({ yearId: 0, items: [] })),
    `curriculum/${school.id}/${yearId}`,
  );
  const classes = useResource(
    (signal) => (yearId ? listClasses(fetchImpl, school.id, yearId, signal) : none([])),
    classesUrl(school.id, yearId),
  );

  return (
    <>
      <section className="subsection subsection--first" aria-labelledby="subjects-title">
        <h2 id="subjects-title" className="section-title">Список предметов</h2>
        <Flash message={message} />
        {subjects.failure && <LoadFailure failure={subjects.failure} onRetry={subjects.reload} />}
        {subjects.data === null ? !subjects.failure && <InlineLoading /> : <SubjectsCatalogue subjects={subjects.data} />}
        <SubjectForm schoolId={school.id} onCreated={(subject) => {
          setMessage(`Предмет «${subject.name}» добавлен в предметы школы.`);
          subjects.reload();
        }} />
        {subjects.data && subjects.data.length > 0 && (
          <Reveal label="Переименовать предмет" initiallyOpen={false}>
            <RenameSubjectForm subjects={subjects.data} onRenamed={(subject) => {
              setMessage(`Предмет переименован: «${subject.name}».`);
              subjects.reload();
            }} />
          </Reveal>
        )}
      </section>
      <section className="subsection" aria-labelledby="curriculum-title">
        <h2 id="curriculum-title" className="section-title">Учебный план</h2>
        {years.failure && <LoadFailure failure={years.failure} onRetry={years.reload} />}
        {years.data && (
          <YearPicker id="curriculum-year" schoolId={school.id} years={years.data} value={year?.id ?? null} onValue={setChosen} />
        )}
        {plan.failure && <LoadFailure failure={plan.failure} onRetry={plan.reload} />}
        {year && subjects.data && plan.data && plan.data.yearId === year.id ? (
          subjects.data.length === 0 ? (
            <p className="empty empty--inline">Предметов нет: добавьте предмет школы выше, затем заполните часы.</p>
          ) : (
            <CurriculumEditor key={year.id} schoolId={school.id} year={year}
              subjects={subjects.data} items={plan.data.items}
              classGrades={(classes.data ?? []).map((c) => c.grade)}
              onSaved={() => { plan.reload(); onChange(); }} />
          )
        ) : (
          year && !plan.failure && <InlineLoading />
        )}
      </section>
    </>
  );
}
