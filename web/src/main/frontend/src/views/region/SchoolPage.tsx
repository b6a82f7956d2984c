import { useEffect, useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { getSchool } from '../../api/region';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { historyState } from '../../navigation';
import { PATHS } from '../../routing';
import { Loading } from '../Status';
import { AdministratorsSection } from './AdministratorsSection';
import { AppointAdministrator } from './AppointAdministrator';
import { EditSchool } from './EditSchool';
import { SchoolFacts } from './SchoolFacts';
import { BackToSchools, FLASH_KEY, RegionFailure } from './common';

/**
 * A school of the region: its data, its journal administrators, appointing one (the region administrator's;
 * the school's own journal administrator sees the data and the way to the set-up).
 */
export function SchoolPage({ id, regionAdmin = true }: { id: number; regionAdmin?: boolean }) {
  const fetchImpl = useFetch();
  const school = useResource((signal) => getSchool(fetchImpl, id, signal), String(id));
  const [message, setMessage] = useState('');
  const [editVersion, setEditVersion] = useState(0);
  const loaded = school.data !== null;

  // «Школа добавлена» from the form: shown once, in a live region that already exists.
  useEffect(() => {
    if (!loaded) return;
    const flash = historyState<string>(FLASH_KEY);
    if (flash) {
      setMessage(flash);
      window.history.replaceState(null, '', window.location.href);
    }
  }, [loaded]);

  const { data, failure } = school;
  if (failure && (data === null || failure.kind === 'signed-out' || failure.kind === 'forbidden')) {
    return <RegionFailure failure={failure} onRetry={school.reload} />;
  }
  if (data === null) return <Loading />;

  return (
    <Page
      title={data.shortName}
      eyebrow="Школа"
      back={<BackToSchools>{regionAdmin ? undefined : 'Мои школы'}</BackToSchools>}
      actions={
        <>
          <AppLink className="button button--primary" href={PATHS.regionSchoolSetup(data.id)}>
            Настройка школы
          </AppLink>
          <AppLink className="button" href={PATHS.timetableOf(data.id)}>Расписание</AppLink>
          <AppLink className="button" href={PATHS.plansOf(data.id)}>КТП</AppLink>
          <AppLink className="button" href={PATHS.schoolMovements(data.id)}>Движение обучающихся</AppLink>
          <AppLink className="button" href={PATHS.schoolYearEnd(data.id)}>Конец учебного года</AppLink>
        </>
      }
    >
      <p className={message ? 'flash' : 'flash flash--empty'} role="status">
        {message && (
          <span className="flash__mark" aria-hidden="true">
            ✓
          </span>
        )}
        {message}
      </p>
      {failure && (
        <p className="form-alert" role="alert">
          {failure.message}
        </p>
      )}
      <SchoolFacts school={data} />
      {regionAdmin && (
        <EditSchool key={editVersion} school={data} onSaved={() => {
          setMessage('Данные школы сохранены.');
          setEditVersion((n) => n + 1);
          school.reload();
        }} />
      )}
      {regionAdmin && <AdministratorsSection
        school={data}
        onRemoved={(name) => {
          setMessage(`${name} больше не администратор журнала этой школы.`);
          school.reload();
        }}
      />}
      {regionAdmin && <AppointAdministrator
        schoolId={data.id}
        onAppointed={(admin) => {
          setMessage(`Администратор журнала назначен: ${admin.displayName}.`);
          school.reload();
        }}
      />}
    </Page>
  );
}
