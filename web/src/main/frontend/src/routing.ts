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
  | { name: 'region-school-setup'; id: number; step: SetupStep }
  | { name: 'region-class'; id: number }
  | { name: 'journal-day' }
  | { name: 'journal-grid' }
  | { name: 'journal-lesson'; id: number }
  | { name: 'journal-requests' }
  | { name: 'not-found' };

/** The sections of the header navigation; each belongs to the roles in `auth/sections.ts`. */
export type SectionId = 'region' | 'journal';

/** The steps of «Настройка школы», in the order of the set-up (DOMAIN.md, seed 000); each is a path segment. */
export const SETUP_STEPS = ['school', 'calendar', 'staff', 'classes', 'subjects', 'done'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const PATHS = {
  home: '/',
  region: '/region',
  regionSchools: '/region/schools',
  regionSchoolNew: '/region/schools/new',
  regionSchool: (id: number) => `/region/schools/${id}`,
  regionSchoolSetup: (id: number, step: SetupStep = 'school') => `/region/schools/${id}/setup/${step}`,
  /** A class's page; `schoolId` is kept in the address because the class itself does not name its school. */
  regionClass: (id: number, schoolId?: number) =>
    schoolId === undefined ? `/region/classes/${id}` : `/region/classes/${id}?school=${schoolId}`,
  journal: '/journal',
  /** The grid of a class (or group) and subject; the query names them (`?classId=&subjectId=&groupId=&periodId=`). */
  journalGrid: (q: { classId: number; subjectId: number; groupId?: number | null; periodId?: number | null }) => {
    const params = new URLSearchParams({ classId: String(q.classId), subjectId: String(q.subjectId) });
    if (q.groupId) params.set('groupId', String(q.groupId));
    if (q.periodId) params.set('periodId', String(q.periodId));
    return `/journal/grid?${params}`;
  },
  journalLesson: (id: number) => `/journal/lessons/${id}`,
  journalRequests: (schoolId?: number) => (schoolId ? `/journal/requests?school=${schoolId}` : '/journal/requests'),
} as const;

/** Path prefixes that belong to the single-page application (the server answers them with index.html). */
export const APP_PATH_PREFIXES = [PATHS.region, PATHS.journal] as const;

const SCHOOL = /^\/region\/schools\/(\d{1,15})$/;
const SETUP = /^\/region\/schools\/(\d{1,15})\/setup(?:\/([a-z]+))?$/;
const CLASS = /^\/region\/classes\/(\d{1,15})$/;
const LESSON = /^\/journal\/lessons\/(\d{1,15})$/;

/** A positive id from a path segment, or null. */
function id(segment: string | undefined): number | null {
  const n = Number(segment);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function isStep(segment: string): segment is SetupStep {
  return (SETUP_STEPS as readonly string[]).includes(segment);
}

export function resolveRoute(pathname: string, search: string): Route {
  const signin = new URLSearchParams(search).get('signin');
  if (signin === 'unconfirmed') return { name: 'signin-unconfirmed' };
  if (signin === 'failed') return { name: 'signin-failed' };

  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '/index.html') return { name: 'home' };
  if (path === PATHS.region || path === PATHS.regionSchools) return { name: 'region-schools' };
  if (path === PATHS.regionSchoolNew) return { name: 'region-school-new' };
  const school = SCHOOL.exec(path);
  const schoolId = id(school?.[1]);
  if (schoolId !== null) return { name: 'region-school', id: schoolId };
  const setup = SETUP.exec(path);
  const setupId = id(setup?.[1]);
  const step = setup?.[2] ?? 'school';
  if (setupId !== null && isStep(step)) return { name: 'region-school-setup', id: setupId, step };
  const classId = id(CLASS.exec(path)?.[1]);
  if (classId !== null) return { name: 'region-class', id: classId };
  if (path === PATHS.journal) return { name: 'journal-day' };
  if (path === '/journal/grid') return { name: 'journal-grid' };
  if (path === '/journal/requests') return { name: 'journal-requests' };
  const lessonId = id(LESSON.exec(path)?.[1]);
  if (lessonId !== null) return { name: 'journal-lesson', id: lessonId };
  return { name: 'not-found' };
}

/** The header section a route belongs to, if any. */
export function sectionOf(route: Route): SectionId | null {
  if (route.name.startsWith('journal-')) return 'journal';
  return route.name.startsWith('region-') ? 'region' : null;
}
