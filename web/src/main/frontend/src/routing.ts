/**
 * The views of the application, addressed by real paths (history API). Sign-in outcomes come
 * back from the server as `/?signin=…`. Every path listed in {@link APP_PATH_PREFIXES} is served
 * `index.html` by the server, so deep links survive a reload.
 */
export type Route =
  | { name: 'home' }
  | { name: 'signin-unconfirmed' }
  | { name: 'signin-failed' }
  | { name: 'region-schools' }
  | { name: 'region-school-new' }
  | { name: 'region-school'; id: number }
  | { name: 'not-found' };

/** The sections of the header navigation; each belongs to the roles in `auth/sections.ts`. */
export type SectionId = 'region';

export const PATHS = {
  home: '/',
  region: '/region',
  regionSchools: '/region/schools',
  regionSchoolNew: '/region/schools/new',
  regionSchool: (id: number) => `/region/schools/${id}`,
} as const;

/** Path prefixes that belong to the single-page application (the server answers them with index.html). */
export const APP_PATH_PREFIXES = [PATHS.region] as const;

const SCHOOL = /^\/region\/schools\/(\d{1,15})$/;

export function resolveRoute(pathname: string, search: string): Route {
  const signin = new URLSearchParams(search).get('signin');
  if (signin === 'unconfirmed') return { name: 'signin-unconfirmed' };
  if (signin === 'failed') return { name: 'signin-failed' };

  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '/index.html') return { name: 'home' };
  if (path === PATHS.region || path === PATHS.regionSchools) return { name: 'region-schools' };
  if (path === PATHS.regionSchoolNew) return { name: 'region-school-new' };
  const school = SCHOOL.exec(path);
  if (school) {
    const id = Number(school[1]);
    if (Number.isSafeInteger(id) && id > 0) return { name: 'region-school', id };
  }
  return { name: 'not-found' };
}

/** The header section a route belongs to, if any. */
export function sectionOf(route: Route): SectionId | null {
  return route.name.startsWith('region-') ? 'region' : null;
}
