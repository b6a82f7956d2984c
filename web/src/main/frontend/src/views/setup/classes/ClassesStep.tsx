import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { listYears } from '../../../api/calendar';
import { classesUrl, listClasses, type SchoolClass } from '../../../api/classes';
import { listStaff } from '../../../api/staff';
import { useResource } from '../../../api/useResource';
import { Flash } from '../../../components/FormParts';
import { InlineLoading } from '../../Status';
import { LoadFailure } from '../LoadFailure';
import type { StepProps } from '../SchoolSetup';
import { YearPicker } from '../YearPicker';
import { ClassesTable } from './ClassesTable';
import { ClassForm } from './ClassForm';
import { StudentImport } from '../students/StudentImport';
import { SchoolRepresentativesList } from '../people/SchoolRepresentativesList';
import { SchoolStudentsList } from '../people/SchoolStudentsList';

const NO_CLASSES = { ok: true as const, status: 200, data: [] as SchoolClass[] };

/** How many staff members are offered as class teachers at most (the API's largest page). */
export const TEACHERS_LIMIT = 100;

/**
 * Step 4, «Классы»: the classes of a year, creating one; a class opens its own page for the students, and the
 * year's students (with their parents) can be loaded from a file at once.
 */
export function ClassesStep({ school, onChange }: StepProps) {
  const fetchImpl = useFetch();
  const years = useResource((signal) => listYears(fetchImpl, school.id, signal), `years/${school.id}`);
  const staff = useResource(
    (signal) => listStaff(fetchImpl, school.id, { q: '', page: 0, size: TEACHERS_LIMIT }, signal),
    `staff/${school.id}`,
  );
  const [chosen, setChosen] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const [listsVersion, setListsVersion] = useState(0);
  const year = years.data?.find((y) => y.id === chosen) ?? years.data?.[0];
  const yearId = year?.id ?? 0;
  const classes = useResource(
    (signal) => (yearId ? listClasses(fetchImpl, school.id, yearId, signal) : Promise.resolve(NO_CLASSES)),
    classesUrl(school.id, yearId),
  );
  const teachers = (staff.data?.items ?? []).filter((member) => member.positions.includes('TEACHER'));

  if (years.failure) return <LoadFailure failure={years.failure} onRetry={years.reload} />;
  if (years.data === null) return <InlineLoading />;

  return (
    <>
      <YearPicker id="classes-year" schoolId={school.id} years={years.data} value={year?.id ?? null}
        onValue={(id) => { setChosen(id); setMessage(''); }} />
      {year && (
        <>
          <section className="subsection subsection--first" aria-labelledby="classes-title">
            <h2 id="classes-title" className="section-title">Классы {year.label}</h2>
            <Flash message={message} />
            {classes.failure && classes.failure.kind !== 'not-found' && (
              <LoadFailure failure={classes.failure} onRetry={classes.reload} />
            )}
            {classes.data === null ? !classes.failure && <InlineLoading /> : (
              <ClassesTable schoolId={school.id} classes={classes.data} />
            )}
          </section>
          {staff.failure && <LoadFailure failure={staff.failure} onRetry={staff.reload} />}
          <div className="subsection">
            <ClassForm
              key={year.id}
              schoolId={school.id}
              yearId={year.id}
              yearLabel={year.label}
              teachers={teachers}
              truncated={(staff.data?.total ?? 0) > TEACHERS_LIMIT}
              onCreated={(created) => {
                setMessage(`Класс ${created.name} создан. Откройте его, чтобы зачислить учеников.`);
                classes.reload();
                onChange();
              }}
            />
          </div>
          <StudentImport key={`import-${year.id}`} schoolId={school.id} yearId={year.id}
            onImported={() => { classes.reload(); setListsVersion((v) => v + 1); onChange(); }} />
          <SchoolStudentsList schoolId={school.id} classes={classes.data ?? []} version={listsVersion} />
          <SchoolRepresentativesList schoolId={school.id} version={listsVersion} />
        </>
      )}
    </>
  );
}
