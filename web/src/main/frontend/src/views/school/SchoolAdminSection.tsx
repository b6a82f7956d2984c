import type { Me } from '../../api/me';
import { canOpen } from '../../auth/sections';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { PATHS, type Route } from '../../routing';
import { NoAccess, NotFound } from '../Status';
import { chosenSchool, schoolsOf } from '../timetable/schools';
import { MovementsPage } from './movements/MovementsPage';
import { YearEndPage } from './yearend/YearEndPage';

/** «Школа» of the journal administrator: the end of the year and students' movements. */
export function SchoolAdminSection({ route, me }: { route: Route; me: Me }) {
  if (!canOpen('school', me.roles) && !me.roles.includes('region-admin')) {
    return <NoAccess section="Школа" role="администратора журнала" />;
  }
  if (route.name !== 'school-year-end' && route.name !== 'school-movements') return <NotFound />;
  const schoolId = chosenSchool(me, route.schoolId);
  if (schoolId === null) return <SchoolChoice me={me} movements={route.name === 'school-movements'} />;
  if (route.name === 'school-year-end') return <YearEndPage key={schoolId} schoolId={schoolId} yearId={route.yearId} />;
  return <MovementsPage key={schoolId} schoolId={schoolId} classId={route.classId} studentId={route.studentId} />;
}

/** Links between the section's pages of one school. */
export function SchoolTabs({ schoolId, current }: { schoolId: number; current: 'year-end' | 'movements' }) {
  const tabs = [
    { id: 'year-end', label: 'Конец учебного года', href: PATHS.schoolYearEnd(schoolId) },
    { id: 'movements', label: 'Движение обучающихся', href: PATHS.schoolMovements(schoolId) },
  ] as const;
  return (
    <nav className="schedule-tabs" aria-label="Разделы школы">
      {tabs.map((tab) => (
        <AppLink key={tab.id} href={tab.href} className="schedule-tabs__link" aria-current={tab.id === current ? 'page' : undefined}>
          {tab.label}
        </AppLink>
      ))}
    </nav>
  );
}

function SchoolChoice({ me, movements }: { me: Me; movements: boolean }) {
  const schools = schoolsOf(me).filter((s) => s.positions.includes('JOURNAL_ADMIN'));
  return (
    <Page title="Школа">
      {schools.length > 0 ? (
        <ul className="list">
          {schools.map((school) => (
            <li key={school.schoolId}>
              <AppLink href={movements ? PATHS.schoolMovements(school.schoolId) : PATHS.schoolYearEnd(school.schoolId)}>
                {school.shortName}
              </AppLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty__text">Вы не администратор журнала ни одной школы. Откройте страницу по ссылке с номером школы.</p>
      )}
    </Page>
  );
}
