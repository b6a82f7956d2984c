import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { assignmentsUrl, endAssignment, listAssignments, listStreams, type Assignment } from '../../../api/assignments';
import { listYears } from '../../../api/calendar';
import { classesUrl, listClasses } from '../../../api/classes';
import { listStaff } from '../../../api/staff';
import { listSubjects } from '../../../api/subjects';
import { useResource } from '../../../api/useResource';
import { Flash } from '../../../components/FormParts';
import { InlineLoading } from '../../Status';
import { shortDate } from '../calendar/calendarLogic';
import { TEACHERS_LIMIT } from '../classes/ClassesStep';
import { LoadFailure } from '../LoadFailure';
import type { StepProps } from '../SchoolSetup';
import { YearPicker } from '../YearPicker';
import { AssignmentForm } from './AssignmentForm';
import { sortAssignments } from './audience';

const NOTHING = { ok: true as const, status: 200, data: [] as never[] };

/** Step «Нагрузка»: who teaches which subject to which class, group or stream in a year. */
export function AssignmentsStep({ school, onChange }: StepProps) {
  const fetchImpl = useFetch();
  const years = useResource((signal) => listYears(fetchImpl, school.id, signal), `years/${school.id}`);
  const staff = useResource(
    (signal) => listStaff(fetchImpl, school.id, { q: '', page: 0, size: TEACHERS_LIMIT }, signal),
    `staff/${school.id}`,
  );
  const subjects = useResource((signal) => listSubjects(fetchImpl, school.id, signal), `subjects/${school.id}`);
  const [chosen, setChosen] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const year = years.data?.find((y) => y.id === chosen) ?? years.data?.[0];
  const yearId = year?.id ?? 0;
  const assignments = useResource(
    (signal) => (yearId ? listAssignments(fetchImpl, school.id, yearId, signal) : Promise.resolve(NOTHING)),
    assignmentsUrl(school.id, yearId),
  );
  const classes = useResource(
    (signal) => (yearId ? listClasses(fetchImpl, school.id, yearId, signal) : Promise.resolve(NOTHING)),
    classesUrl(school.id, yearId),
  );
  const streams = useResource(
    (signal) => (yearId ? listStreams(fetchImpl, school.id, yearId, signal) : Promise.resolve(NOTHING)),
    `streams/${school.id}/${yearId}`,
  );
  const teachers = (staff.data?.items ?? []).filter((member) => member.positions.includes('TEACHER'));

  if (years.failure) return <LoadFailure failure={years.failure} onRetry={years.reload} />;
  if (years.data === null) return <InlineLoading />;

  async function end(assignment: Assignment) {
    const result = await endAssignment(fetchImpl, assignment.id, null);
    setMessage(result.ok ? `Нагрузка снята: ${assignment.subjectName}, ${assignment.audienceName}.` : result.message);
    assignments.reload();
  }

  return (
    <>
      <YearPicker id="assignments-year" schoolId={school.id} years={years.data} value={year?.id ?? null}
        onValue={(id) => { setChosen(id); setMessage(''); }} />
      {year && (
        <>
          <section className="subsection subsection--first" aria-labelledby="assignments-title">
            <h2 id="assignments-title" className="section-title">Нагрузка {year.label}</h2>
            <Flash message={message} />
            {assignments.failure && <LoadFailure failure={assignments.failure} onRetry={assignments.reload} />}
            {assignments.data === null ? !assignments.failure && <InlineLoading /> : (
              <AssignmentsTable assignments={sortAssignments(assignments.data)} onEnd={(a) => void end(a)} />
            )}
          </section>
          {(staff.failure ?? subjects.failure ?? classes.failure) && (
            <LoadFailure failure={(staff.failure ?? subjects.failure ?? classes.failure)!}
              onRetry={() => { staff.reload(); subjects.reload(); classes.reload(); }} />
          )}
          <div className="subsection">
            <AssignmentForm key={year.id} schoolId={school.id} yearId={year.id} teachers={teachers}
              subjects={subjects.data ?? []} classes={classes.data ?? []} streams={streams.data ?? []}
              onCreated={(created) => {
                setMessage(`Назначено: ${created.teacherName} — ${created.subjectName}, ${created.audienceName}.`);
                assignments.reload();
                onChange();
              }} />
          </div>
        </>
      )}
    </>
  );
}

function AssignmentsTable({ assignments, onEnd }: { assignments: Assignment[]; onEnd: (assignment: Assignment) => void }) {
  if (assignments.length === 0) {
    return (
      <p className="empty empty--inline" role="status">
        Нагрузки пока нет. Назначьте учителю предмет в классе, группе или потоке в форме ниже.
      </p>
    );
  }
  return (
    <div className="table-wrap table-wrap--always">
      <table className="table">
        <caption className="visually-hidden">Нагрузка учителей</caption>
        <thead>
          <tr>
            <th scope="col">Класс, группа или поток</th>
            <th scope="col">Предмет</th>
            <th scope="col">Учитель</th>
            <th scope="col">Период</th>
            <th scope="col"><span className="visually-hidden">Действия</span></th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.audienceName}</th>
              <td>{a.subjectName}</td>
              <td>{a.teacherName}</td>
              <td>с {shortDate(a.validFrom)}{a.validTo ? ` по ${shortDate(a.validTo)} (снята)` : ''}</td>
              <td>
                {!a.validTo && (
                  <button type="button" className="link-button" onClick={() => onEnd(a)}>
                    Снять<span className="visually-hidden"> нагрузку: {a.subjectName}, {a.audienceName}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
