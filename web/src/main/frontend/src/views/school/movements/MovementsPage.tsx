import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { listYears } from '../../../api/calendar';
import { getClass, listClasses, type SchoolClass } from '../../../api/classes';
import { useResource } from '../../../api/useResource';
import { AppLink } from '../../../components/AppLink';
import { Page } from '../../../components/Page';
import { navigate } from '../../../navigation';
import { PATHS } from '../../../routing';
import { EnrolStudent } from '../../setup/class/EnrolStudent';
import { FailurePage, InlineLoading, Loading } from '../../Status';
import { today } from '../../timetable/schools';
import { SchoolTabs } from '../SchoolAdminSection';
import { defaultYear } from '../yearend/yearEndText';
import { StudentMovements } from './StudentMovements';

interface MovementsProps {
  schoolId: number;
  classId: number | null;
  studentId: number | null;
}

/** «Движение обучающихся»: a class's list today, arrival of a new student, a student's history and movements. */
export function MovementsPage({ schoolId, classId, studentId }: MovementsProps) {
  const fetchImpl = useFetch();
  const years = useResource((signal) => listYears(fetchImpl, schoolId, signal), String(schoolId));
  const yearId = years.data ? defaultYear(years.data, today()) : null;
  const classes = useResource(
    (signal) => (yearId === null ? Promise.resolve({ ok: true as const, status: 200, data: [] as SchoolClass[] })
      : listClasses(fetchImpl, schoolId, yearId, signal)), `${schoolId}/${yearId}`);
  if (years.failure && years.data === null) {
    return <FailurePage failure={years.failure} section="Школа" role="администратора журнала" onRetry={years.reload} />;
  }
  if (years.data === null || classes.data === null) return <Loading />;
  const list = classes.data;
  return (
    <Page title="Движение обучающихся" eyebrow="Школа" wide>
      <SchoolTabs schoolId={schoolId} current="movements" />
      {list.length === 0 ? <p className="empty__text">В текущем учебном году нет классов.</p> : (
        <div className="field">
          <label className="field__label" htmlFor="movements-class">Класс</label>
          <select id="movements-class" className="input select input--short" value={classId ?? ''}
            onChange={(e) => navigate(PATHS.schoolMovements(schoolId, e.target.value ? Number(e.target.value) : null))}>
            <option value="">Выберите класс</option>
            {list.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
      )}
      {studentId !== null && (
        <StudentMovements key={studentId} personId={studentId} classes={list} onMoved={classes.reload} />
      )}
      {classId !== null && <ClassList key={classId} schoolId={schoolId} classId={classId} studentId={studentId} />}
    </Page>
  );
}

function ClassList({ schoolId, classId, studentId }: { schoolId: number; classId: number; studentId: number | null }) {
  const fetchImpl = useFetch();
  const date = today();
  const roster = useResource((signal) => getClass(fetchImpl, classId, date, signal), `${classId}/${date}`);
  const [message, setMessage] = useState('');
  if (roster.data === null) return roster.failure ? <p className="form-alert" role="alert">{roster.failure.message}</p> : <InlineLoading />;
  const data = roster.data;
  return (
    <section className="subsection" aria-labelledby="movements-list">
      <h2 id="movements-list" className="section-title">Список {data.name} на сегодня</h2>
      {message && <p className="flash" role="status">{message}</p>}
      {data.students.length === 0 ? <p className="note">В классе нет обучающихся. Зачислите их формой ниже.</p> : (
        <ul className="list">
          {data.students.map((s) => (
            <li key={s.personId}>
              <AppLink href={PATHS.schoolMovements(schoolId, classId, s.personId)}
                aria-current={s.personId === studentId ? 'page' : undefined}>
                {s.displayName}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
      <EnrolStudent schoolId={schoolId} classId={data.id} className={data.name}
        onEnrolled={(student) => { setMessage(`Обучающийся прибыл в ${data.name}: ${student.displayName}.`); roster.reload(); }} />
    </section>
  );
}
