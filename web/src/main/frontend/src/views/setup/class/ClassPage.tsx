import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { getClass } from '../../../api/classes';
import { useResource } from '../../../api/useResource';
import { AppLink } from '../../../components/AppLink';
import { Flash } from '../../../components/FormParts';
import { Page } from '../../../components/Page';
import { PATHS } from '../../../routing';
import { RegionFailure } from '../../region/common';
import { Loading } from '../../Status';
import { longDate, shortDate, today } from '../calendar/calendarLogic';
import { ClassFacts } from './ClassFacts';
import { GroupsList, StudentsList } from './ClassLists';
import { EnrolStudent } from './EnrolStudent';
import { GroupForm } from './GroupForm';

/** A class: its list on a date (today by default), its groups, enrolling a student. */
export function ClassPage({ id, schoolId }: { id: number; schoolId: number | null }) {
  const fetchImpl = useFetch();
  const [date, setDate] = useState(today());
  const details = useResource((signal) => getClass(fetchImpl, id, date, signal), `${id}@${date}`);
  const [message, setMessage] = useState('');
  const { data, failure } = details;

  if (failure && (data === null || failure.kind === 'signed-out' || failure.kind === 'forbidden')) {
    return <RegionFailure failure={failure} onRetry={details.reload} />;
  }
  if (data === null) return <Loading />;

  const back = schoolId !== null ? (
    <AppLink className="back-link" href={PATHS.regionSchoolSetup(schoolId, 'classes')}>
      <span aria-hidden="true">←</span>Классы школы
    </AppLink>
  ) : (
    <AppLink className="back-link" href={PATHS.regionSchools}>
      <span aria-hidden="true">←</span>Школы региона
    </AppLink>
  );

  return (
    <Page title={`Класс ${data.name}`} eyebrow="Настройка школы · класс" back={back} wide>
      <Flash message={message} />
      <ClassFacts details={data} />
      <section className="subsection" aria-labelledby="list-title" aria-busy={details.loading || undefined}>
        <h2 id="list-title" className="section-title">Список класса</h2>
        <div className="field">
          <label className="field__label" htmlFor="class-date">На дату</label>
          <input id="class-date" type="date" className="input input--short" value={date}
            onChange={(event) => event.target.value && setDate(event.target.value)} />
        </div>
        {failure && <p className="form-alert" role="alert">{failure.message}</p>}
        <div className={details.loading ? 'results results--stale' : 'results'}>
          <StudentsList details={data} />
        </div>
      </section>
      <section className="subsection" aria-labelledby="groups-title">
        <h2 id="groups-title" className="section-title">Группы</h2>
        <GroupsList details={data} />
        <GroupForm classId={data.id} onCreated={(name) => { setMessage(`Группа «${name}» добавлена.`); details.reload(); }} />
      </section>
      <div className="subsection">
        {schoolId !== null ? (
          <EnrolStudent schoolId={schoolId} classId={data.id} className={data.name}
            onEnrolled={(student, arrivedOn) => {
              const later = arrivedOn > date ? ` В списке на ${longDate(date)} его нет: он в классе с ${shortDate(arrivedOn)}.` : '';
              setMessage(`Ученик зачислен в ${data.name}: ${student.displayName}.${later}`);
              details.reload();
            }} />
        ) : (
          <p className="note">Чтобы зачислить ученика, откройте класс из шага «Классы» настройки школы.</p>
        )}
      </div>
    </Page>
  );
}
