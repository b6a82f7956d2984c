import type { Me } from '../../api/me';
import { canOpen } from '../../auth/sections';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { PATHS, type Route } from '../../routing';
import { NoAccess, NotFound } from '../Status';
import { ProgressReportPage } from './ProgressReportPage';
import { RegionDashboardPage } from './RegionDashboardPage';

/** «Отчёты»: the school's progress report; the region's dashboard for the region administrator. */
export function ReportsSection({ route, search, me }: { route: Route; search: string; me: Me }) {
  if (!canOpen('reports', me.roles)) {
    return <NoAccess section="Отчёты" role="администрации школы или регионального администратора" />;
  }
  switch (route.name) {
    case 'reports':
      return <ReportsIndex me={me} />;
    case 'reports-progress':
      return <ProgressReportPage search={search} me={me} />;
    case 'region-dashboard':
      return me.roles.includes('region-admin')
        ? <RegionDashboardPage /> : <NoAccess section="Мониторинг региона" role="регионального администратора" />;
    default:
      return <NotFound />;
  }
}

function ReportsIndex({ me }: { me: Me }) {
  return (
    <Page title="Отчёты">
      <ul className="report-index">
        <li>
          <AppLink href={PATHS.reportsProgress()}>Успеваемость за период</AppLink>
          <p className="note">По классам и предметам: отличники, хорошисты, с одной «3», неуспевающие, н/а, качество,
            успеваемость, средний балл, пропуски.</p>
        </li>
        {me.roles.includes('region-admin') && (
          <li>
            <AppLink href={PATHS.regionDashboard}>Мониторинг региона</AppLink>
            <p className="note">По муниципалитетам и школам: качество, успеваемость, посещаемость, ведение журнала;
              расчёт предложенных итоговых отметок.</p>
          </li>
        )}
      </ul>
    </Page>
  );
}
