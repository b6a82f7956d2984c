import { useFetch } from '../../../api/ApiContext';
import { listYears } from '../../../api/calendar';
import { getYearEnd } from '../../../api/yearEnd';
import { useResource } from '../../../api/useResource';
import { Page } from '../../../components/Page';
import { navigate } from '../../../navigation';
import { PATHS } from '../../../routing';
import { YearPicker } from '../../setup/YearPicker';
import { FailurePage, InlineLoading, Loading } from '../../Status';
import { today } from '../../timetable/schools';
import { SchoolTabs } from '../SchoolAdminSection';
import { RolloverPanel } from './RolloverPanel';
import { YearClosePanel } from './YearClosePanel';
import { defaultYear } from './yearEndText';

/** «Конец учебного года»: closing the year, year-end decisions, the rollover into the next year. */
export function YearEndPage({ schoolId, yearId }: { schoolId: number; yearId: number | null }) {
  const fetchImpl = useFetch();
  const years = useResource((signal) => listYears(fetchImpl, schoolId, signal), String(schoolId));
  if (years.failure && years.data === null) {
    return <FailurePage failure={years.failure} section="Школа" role="администратора журнала" onRetry={years.reload} />;
  }
  if (years.data === null) return <Loading />;
  const chosen = yearId ?? defaultYear(years.data, today());
  return (
    <Page title="Конец учебного года" eyebrow="Школа" wide>
      <SchoolTabs schoolId={schoolId} current="year-end" />
      <YearPicker id="year-end-year" schoolId={schoolId} years={years.data} value={chosen}
        onValue={(id) => navigate(PATHS.schoolYearEnd(schoolId, id))} />
      {chosen !== null && <YearEnd key={chosen} schoolId={schoolId} yearId={chosen} />}
    </Page>
  );
}

function YearEnd({ schoolId, yearId }: { schoolId: number; yearId: number }) {
  const fetchImpl = useFetch();
  const status = useResource((signal) => getYearEnd(fetchImpl, schoolId, yearId, signal), `${schoolId}/${yearId}`);
  if (status.data === null) {
    return status.failure ? <p className="form-alert" role="alert">{status.failure.message}</p> : <InlineLoading />;
  }
  return (
    <>
      <YearClosePanel schoolId={schoolId} status={status.data} onChanged={status.reload} />
      <RolloverPanel schoolId={schoolId} status={status.data} onChanged={status.reload} />
    </>
  );
}
