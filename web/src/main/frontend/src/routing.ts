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
  | { name: 'diary' }
  | { name: 'class-teacher-absences' }
  | { name: 'class-teacher-invitations'; id: number }
  | { name: 'pending-confirmations' }
  | { name: 'timetable'; schoolId: number | null; classId: number | null; date: string | null }
  | { name: 'timetable-substitutions'; schoolId: number | null; date: string | null }
  | { name: 'plans'; schoolId: number | null; yearId: number | null }
  | { name: 'plan'; id: number; schoolId: number | null }
  | { name: 'region-exchanges' }
  | { name: 'region-student'; id: number }
  | { name: 'journal-day' }
  | { name: 'journal-grid' }
  | { name: 'journal-lesson'; id: number }
  | { name: 'journal-requests' }
  | { name: 'school-year-end'; schoolId: number | null; yearId: number | null }
  | { name: 'school-movements'; schoolId: number | null; classId: number | null; studentId: number | null }
  | { name: 'journal-settings' }
  | { name: 'reports' }
  | { name: 'reports-progress' }
  | { name: 'region-dashboard' }
  | { name: 'not-found' };

/** The sections of the header navigation; each belongs to the roles in `auth/sections.ts`. */
export type SectionId = 'region' | 'exchanges' | 'journal' | 'diary' | 'class-teacher' | 'pending' | 'timetable' | 'plans' | 'school' | 'reports';

/** The steps of «Настройка школы», in the order of the set-up (DOMAIN.md, seed 000); each is a path segment. */
export const SETUP_STEPS = ['school', 'calendar', 'staff', 'classes', 'rooms', 'subjects', 'assignments', 'done'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const PATHS = {
  home: '/',
  region: '/region',
  regionSchools: '/region/schools',
  regionSchoolNew: '/region/schools/new',
  regionExchanges: '/region/exchanges',
  regionSchool: (id: number) => `/region/schools/${id}`,
  regionSchoolSetup: (id: number, step: SetupStep = 'school') => `/region/schools/${id}/setup/${step}`,
  /** A class's page; `schoolId` is kept in the address because the class itself does not name its school. */
  regionClass: (id: number, schoolId?: number) =>
    schoolId === undefined ? `/region/classes/${id}` : `/region/classes/${id}?school=${schoolId}`,
  /** «Дневник» of parents and students; `?child=&date=&tab=` choose what it shows. */
  diary: '/diary',
  classTeacher: '/class-teacher',
  classTeacherAbsences: '/class-teacher/absences',
  /** «Коды приглашения» of one class. */
  classTeacherInvitations: (id: number) => `/class-teacher/classes/${id}/invitations`,
  /** «Ожидают подтверждения»: parents from the state portal's children lists and staff accounts to confirm. */
  pendingConfirmations: '/class-teacher/pending',
  timetable: '/timetable',
  /** A class's timetable editor; `date` picks the week. */
  timetableOf: (schoolId: number, classId?: number | null, date?: string | null) =>
    `/timetable?school=${schoolId}${classId ? `&class=${classId}` : ''}${date ? `&date=${date}` : ''}`,
  substitutions: (schoolId: number, date?: string | null) =>
    `/timetable/substitutions?school=${schoolId}${date ? `&date=${date}` : ''}`,
  plans: '/plans',
  plansOf: (schoolId: number, yearId?: number | null) => `/plans?school=${schoolId}${yearId ? `&year=${yearId}` : ''}`,
  plan: (id: number, schoolId: number) => `/plans/${id}?school=${schoolId}`,
  /** A student's person card; `classId` is kept for the way back to the class. */
  regionStudent: (personId: number, classId?: number) =>
    classId === undefined ? `/region/students/${personId}` : `/region/students/${personId}?class=${classId}`,
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
  /** «Школа» of the journal administrator: closing the year and the rollover; `?school=&year=`. */
  schoolYearEnd: (schoolId?: number | null, yearId?: number | null) =>
    `/journal/year-end${query({ school: schoolId, year: yearId })}`,
  /** Students' movements: a class's list, a student's history and new movements; `?school=&class=&student=`. */
  schoolMovements: (schoolId?: number | null, classId?: number | null, studentId?: number | null) =>
    `/journal/movements${query({ school: schoolId, class: classId, student: studentId })}`,
  journalSettings: (schoolId: number) => `/journal/settings?school=${schoolId}`,
  /** «Отчёты»: the list of reports; a school's progress report for a period (`?school=&period=`); the region's dashboard. */
  reports: '/journal/reports',
  reportsProgress: (schoolId?: number | null, period?: number | null) =>
    `/journal/reports/progress${query({ school: schoolId, period })}`,
  regionDashboard: '/region/dashboard',
} as const;

/** `?a=1&b=2` of the given ids (absent ones left out), or nothing. */
function query(ids: Record<string, number | null | undefined>): string {
  const params = new URLSearchParams();
  Object.entries(ids).forEach(([key, value]) => {
    if (value) params.set(key, String(value));
  });
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Path prefixes that belong to the single-page application (the server answers them with index.html). */
export const APP_PATH_PREFIXES = [PATHS.region, PATHS.journal, PATHS.diary, PATHS.classTeacher, PATHS.timetable, PATHS.plans] as const;

const SCHOOL = /^\/region\/schools\/(\d{1,15})$/;
const SETUP = /^\/region\/schools\/(\d{1,15})\/setup(?:\/([a-z]+))?$/;
const CLASS = /^\/region\/classes\/(\d{1,15})$/;
const INVITATIONS = /^\/class-teacher\/classes\/(\d{1,15})\/invitations$/;
const STUDENT = /^\/region\/students\/(\d{1,15})$/;
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
  if (path === PATHS.regionExchanges) return { name: 'region-exchanges' };
  if (path === PATHS.regionDashboard) return { name: 'region-dashboard' };
  if (path === PATHS.reports) return { name: 'reports' };
  if (path === '/journal/reports/progress') return { name: 'reports-progress' };
  const school = SCHOOL.exec(path);
  const schoolId = id(school?.[1]);
  if (schoolId !== null) return { name: 'region-school', id: schoolId };
  const setup = SETUP.exec(path);
  const setupId = id(setup?.[1]);
  const step = setup?.[2] ?? 'school';
  if (setupId !== null && isStep(step)) return { name: 'region-school-setup', id: setupId, step };
  const classId = id(CLASS.exec(path)?.[1]);
  if (classId !== null) return { name: 'region-class', id: classId };
  if (path === '/journal/year-end' || path === '/journal/movements') return schoolAdminRoute(path, new URLSearchParams(search));
  if (path === PATHS.journal) return { name: 'journal-day' };
  if (path === '/journal/grid') return { name: 'journal-grid' };
  if (path === '/journal/requests') return { name: 'journal-requests' };
  if (path === '/journal/settings') return { name: 'journal-settings' };
  const lessonId = id(LESSON.exec(path)?.[1]);
  if (lessonId !== null) return { name: 'journal-lesson', id: lessonId };
  const studentId = id(STUDENT.exec(path)?.[1]);
  if (studentId !== null) return { name: 'region-student', id: studentId };
  if (path === PATHS.diary) return { name: 'diary' };
  if (path === PATHS.classTeacher || path === PATHS.classTeacherAbsences) return { name: 'class-teacher-absences' };
  if (path === PATHS.pendingConfirmations) return { name: 'pending-confirmations' };
  const invitationsId = id(INVITATIONS.exec(path)?.[1]);
  if (invitationsId !== null) return { name: 'class-teacher-invitations', id: invitationsId };
  return scheduleRoute(path, new URLSearchParams(search));
}

const PLAN = /^\/plans\/(\d{1,15})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The timetable's and the plans' pages: `/timetable?school=1&class=2&date=…`, `/plans/7?school=1`. */
function scheduleRoute(path: string, query: URLSearchParams): Route {
  const schoolId = id(query.get('school') ?? undefined);
  const date = query.get('date');
  const day = date && ISO_DATE.test(date) ? date : null;
  if (path === PATHS.timetable) return { name: 'timetable', schoolId, classId: id(query.get('class') ?? undefined), date: day };
  if (path === '/timetable/substitutions') return { name: 'timetable-substitutions', schoolId, date: day };
  if (path === PATHS.plans) return { name: 'plans', schoolId, yearId: id(query.get('year') ?? undefined) };
  const planId = id(PLAN.exec(path)?.[1]);
  if (planId !== null) return { name: 'plan', id: planId, schoolId };
  return { name: 'not-found' };
}

/** The journal administrator's school pages: `/journal/year-end?school=1&year=2`, `/journal/movements?school=1&class=3&student=4`. */
function schoolAdminRoute(path: string, q: URLSearchParams): Route {
  const schoolId = id(q.get('school') ?? undefined);
  if (path === '/journal/year-end') return { name: 'school-year-end', schoolId, yearId: id(q.get('year') ?? undefined) };
  return { name: 'school-movements', schoolId, classId: id(q.get('class') ?? undefined), studentId: id(q.get('student') ?? undefined) };
}

/** The header section a route belongs to, if any. */
export function sectionOf(route: Route): SectionId | null {
  if (route.name === 'reports' || route.name === 'reports-progress' || route.name === 'region-dashboard') return 'reports';
  if (route.name === 'region-exchanges') return 'exchanges';
  if (route.name === 'diary') return 'diary';
  if (route.name === 'pending-confirmations') return 'pending';
  if (route.name === 'class-teacher-absences' || route.name === 'class-teacher-invitations') return 'class-teacher';
  if (route.name.startsWith('timetable')) return 'timetable';
  if (route.name === 'plans' || route.name === 'plan') return 'plans';
  if (route.name.startsWith('school-')) return 'school';
  if (route.name.startsWith('journal-')) return 'journal';
  return route.name.startsWith('region-') ? 'region' : null;
}
