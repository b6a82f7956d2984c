import type { Me } from '../../api/me';
import type { Route } from '../../routing';
import { ClassPage } from '../setup/class/ClassPage';
import { SchoolSetup } from '../setup/SchoolSetup';
import { StudentCardPage } from '../setup/student/StudentCardPage';
import { NoAccess, NotFound } from '../Status';
import { NewSchool } from './NewSchool';
import { mayOpen } from './access';
import { REGION, REGION_ROLE } from './common';
import { MySchools } from './MySchools';
import { SchoolPage } from './SchoolPage';
import { SchoolsList } from './SchoolsList';
import { ExchangesPage } from '../exchanges/ExchangesPage';

/**
 * «Регион»: the region administrator's pages; a journal administrator opens their school's pages and a class
 * teacher their students' cards ({@link mayOpen}); everybody else is told they have no access.
 */
export function RegionSection({ route, search, me }: { route: Route; search: string; me: Me }) {
  if (!mayOpen(route.name, me.roles)) {
    return <NoAccess section={REGION} role={REGION_ROLE} />;
  }
  const regionAdmin = me.roles.includes('region-admin');
  switch (route.name) {
    case 'region-schools':
      return regionAdmin ? <SchoolsList search={search} /> : <MySchools me={me} />;
    case 'region-school-new':
      return <NewSchool />;
    case 'region-school':
      return <SchoolPage key={route.id} id={route.id} regionAdmin={regionAdmin} />;
    case 'region-school-setup':
      return <SchoolSetup key={route.id} id={route.id} step={route.step} regionAdmin={regionAdmin} />;
    case 'region-exchanges':
      return <ExchangesPage />;
    case 'region-class':
      return <ClassPage key={route.id} id={route.id} schoolId={schoolParam(search)} />;
    case 'region-student':
      return <StudentCardPage key={route.id} id={route.id} classId={idParam(search, 'class')}
        fromClassTeacher={!regionAdmin && !me.roles.includes('journal-admin')} />;
    default:
      return <NotFound />;
  }
}

/** `?school=5` of a class page (the class does not name its school). */
function schoolParam(search: string): number | null {
  return idParam(search, 'school');
}

/** A positive id from the query, or null. */
function idParam(search: string, name: string): number | null {
  const value = new URLSearchParams(search).get(name);
  const id = value && /^\d{1,15}$/.test(value) ? Number(value) : 0;
  return id > 0 ? id : null;
}
