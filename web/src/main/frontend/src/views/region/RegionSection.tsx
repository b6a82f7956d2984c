import type { Me } from '../../api/me';
import { canOpen } from '../../auth/sections';
import type { Route } from '../../routing';
import { NoAccess, NotFound } from '../Status';
import { NewSchool } from './NewSchool';
import { REGION, REGION_ROLE } from './common';
import { SchoolPage } from './SchoolPage';
import { SchoolsList } from './SchoolsList';

/** «Регион»: the region administrator's pages; everybody else is told they have no access. */
export function RegionSection({ route, search, me }: { route: Route; search: string; me: Me }) {
  if (!canOpen('region', me.roles)) {
    return <NoAccess section={REGION} role={REGION_ROLE} />;
  }
  switch (route.name) {
    case 'region-schools':
      return <SchoolsList search={search} />;
    case 'region-school-new':
      return <NewSchool />;
    case 'region-school':
      return <SchoolPage key={route.id} id={route.id} />;
    default:
      return <NotFound />;
  }
}
