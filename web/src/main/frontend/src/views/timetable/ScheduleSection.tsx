import type { Me } from '../../api/me';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { canOpen } from '../../auth/sections';
import { PATHS, type Route } from '../../routing';
import { PlanEditor } from '../plans/PlanEditor';
import { PlansPage } from '../plans/PlansPage';
import { NoAccess, NotFound } from '../Status';
import { chosenSchool, mayEdit, schoolsOf } from './schools';
import { Substitutions } from './Substitutions';
import { TimetableEditor } from './TimetableEditor';

/** «Расписание» and «КТП»: a school's timetable, substitutions and thematic plans. */
export function ScheduleSection({ route, me }: { route: Route; me: Me }) {
  if (!canOpen('timetable', me.roles)) {
    return <NoAccess section="Расписание" role="сотрудника школы" />;
  }
  if (!('schoolId' in route)) return <NotFound />;
  const schoolId = chosenSchool(me, route.schoolId);
  const plans = route.name === 'plans' || route.name === 'plan';
  if (schoolId === null) return <SchoolChoice me={me} plans={plans} />;
  const editable = mayEdit(me);
  switch (route.name) {
    case 'timetable':
      return <TimetableEditor key={schoolId} schoolId={schoolId} classId={route.classId} date={route.date} editable={editable} />;
    case 'timetable-substitutions':
      return <Substitutions key={schoolId} schoolId={schoolId} date={route.date} editable={editable} />;
    case 'plans':
      return <PlansPage key={schoolId} schoolId={schoolId} yearId={route.yearId} editable={editable} />;
    case 'plan':
      return <PlanEditor key={route.id} schoolId={schoolId} planId={route.id} editable={editable} />;
    default:
      return <NotFound />;
  }
}

/** Which school: the person's schools, or (region administrator) the way through «Регион». */
function SchoolChoice({ me, plans }: { me: Me; plans: boolean }) {
  const schools = schoolsOf(me);
  return (
    <Page title={plans ? 'КТП' : 'Расписание'}>
      {schools.length > 0 ? (
        <ul className="list">
          {schools.map((school) => (
            <li key={school.schoolId}>
              <AppLink href={plans ? PATHS.plansOf(school.schoolId) : PATHS.timetableOf(school.schoolId)}>
                {school.shortName}
              </AppLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty__text">
          Выберите школу в разделе «Регион» и откройте её расписание или КТП по ссылке на странице школы.
        </p>
      )}
    </Page>
  );
}

/** Links between the section's pages of one school. */
export function ScheduleTabs({ schoolId, current }: { schoolId: number; current: 'timetable' | 'substitutions' | 'plans' }) {
  const tabs = [
    { id: 'timetable', label: 'Расписание класса', href: PATHS.timetableOf(schoolId) },
    { id: 'substitutions', label: 'Замены', href: PATHS.substitutions(schoolId) },
    { id: 'plans', label: 'КТП', href: PATHS.plansOf(schoolId) },
  ] as const;
  return (
    <nav className="schedule-tabs" aria-label="Разделы расписания">
      {tabs.map((tab) => (
        <AppLink key={tab.id} href={tab.href} className="schedule-tabs__link" aria-current={tab.id === current ? 'page' : undefined}>
          {tab.label}
        </AppLink>
      ))}
    </nav>
  );
}
