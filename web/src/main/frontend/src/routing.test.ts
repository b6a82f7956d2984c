import { describe, expect, it } from 'vitest';
import { PATHS, resolveRoute, sectionOf, SETUP_STEPS } from './routing';

describe('resolveRoute', () => {
  it('resolves the reports and the region dashboard into «Отчёты»', () => {
    expect(resolveRoute('/journal/reports', '')).toEqual({ name: 'reports' });
    expect(resolveRoute('/journal/reports/progress', '?school=4&period=2')).toEqual({ name: 'reports-progress' });
    expect(resolveRoute('/region/dashboard', '')).toEqual({ name: 'region-dashboard' });
    expect(PATHS.reportsProgress(4, 2)).toBe('/journal/reports/progress?school=4&period=2');
    expect(PATHS.reportsProgress()).toBe('/journal/reports/progress');
    expect(sectionOf({ name: 'region-dashboard' })).toBe('reports');
    expect(sectionOf({ name: 'reports-progress' })).toBe('reports');
  });

  it('resolves the timetable, substitutions and plans pages of a school from their addresses', () => {
    expect(resolveRoute('/timetable', '?school=4&class=9&date=2026-09-07'))
      .toEqual({ name: 'timetable', schoolId: 4, classId: 9, date: '2026-09-07' });
    expect(resolveRoute('/timetable', '?date=07.09.2026')).toEqual({ name: 'timetable', schoolId: null, classId: null, date: null });
    expect(resolveRoute('/timetable/substitutions', '?school=4')).toEqual({ name: 'timetable-substitutions', schoolId: 4, date: null });
    expect(resolveRoute('/plans', '?school=4&year=3')).toEqual({ name: 'plans', schoolId: 4, yearId: 3 });
    expect(resolveRoute('/plans/12', '?school=4')).toEqual({ name: 'plan', id: 12, schoolId: 4 });
    expect(PATHS.timetableOf(4, 9, '2026-09-07')).toBe('/timetable?school=4&class=9&date=2026-09-07');
    expect(PATHS.plan(12, 4)).toBe('/plans/12?school=4');
    expect(sectionOf({ name: 'plan', id: 12, schoolId: 4 })).toBe('plans');
    expect(sectionOf({ name: 'timetable-substitutions', schoolId: 4, date: null })).toBe('timetable');
  });

  it('resolves the journal administrator\'s school pages (year end, movements) into the «Школа» section', () => {
    expect(resolveRoute('/journal/year-end', '?school=4&year=3')).toEqual({ name: 'school-year-end', schoolId: 4, yearId: 3 });
    expect(resolveRoute('/journal/year-end', '')).toEqual({ name: 'school-year-end', schoolId: null, yearId: null });
    expect(resolveRoute('/journal/movements', '?school=4&class=9&student=101'))
      .toEqual({ name: 'school-movements', schoolId: 4, classId: 9, studentId: 101 });
    expect(PATHS.schoolYearEnd(4, 3)).toBe('/journal/year-end?school=4&year=3');
    expect(PATHS.schoolMovements(4, null, 101)).toBe('/journal/movements?school=4&student=101');
    expect(sectionOf({ name: 'school-movements', schoolId: 4, classId: null, studentId: null })).toBe('school');
  });

  it('shows sign-in outcomes from the query string', () => {
    expect(resolveRoute('/', '?signin=unconfirmed')).toEqual({ name: 'signin-unconfirmed' });
    expect(resolveRoute('/', '?signin=failed')).toEqual({ name: 'signin-failed' });
  });

  it('falls back to home or not-found', () => {
    expect(resolveRoute('/', '')).toEqual({ name: 'home' });
    expect(resolveRoute('/', '?signin=whatever')).toEqual({ name: 'home' });
    expect(resolveRoute('/no/such/page', '')).toEqual({ name: 'not-found' });
  });

  it('resolves the region pages, with or without a trailing slash and with a query', () => {
    expect(resolveRoute('/region', '')).toEqual({ name: 'region-schools' });
    expect(resolveRoute('/region/schools', '?q=лицей&page=2')).toEqual({ name: 'region-schools' });
    expect(resolveRoute('/region/schools/', '')).toEqual({ name: 'region-schools' });
    expect(resolveRoute('/region/schools/new', '')).toEqual({ name: 'region-school-new' });
    expect(resolveRoute('/region/schools/42', '')).toEqual({ name: 'region-school', id: 42 });
    expect(resolveRoute('/region/schools/42/', '')).toEqual({ name: 'region-school', id: 42 });
  });

  it('refuses school ids that are not positive numbers', () => {
    for (const path of ['/region/schools/0', '/region/schools/abc', '/region/schools/-1', '/region/schools/1/x']) {
      expect(resolveRoute(path, '')).toEqual({ name: 'not-found' });
    }
  });

  it('builds the paths it resolves', () => {
    expect(resolveRoute(PATHS.regionSchool(7), '')).toEqual({ name: 'region-school', id: 7 });
    expect(resolveRoute(PATHS.regionSchoolNew, '')).toEqual({ name: 'region-school-new' });
  });

  it('resolves the set-up steps and the class page', () => {
    expect(resolveRoute('/region/schools/5/setup/calendar', '')).toEqual({ name: 'region-school-setup', id: 5, step: 'calendar' });
    expect(resolveRoute('/region/schools/5/setup/done/', '')).toEqual({ name: 'region-school-setup', id: 5, step: 'done' });
    expect(resolveRoute('/region/schools/5/setup', '')).toEqual({ name: 'region-school-setup', id: 5, step: 'school' });
    expect(resolveRoute('/region/classes/12', '?school=5')).toEqual({ name: 'region-class', id: 12 });
    expect(resolveRoute('/region/schools/5/setup/rooms', '')).toEqual({ name: 'region-school-setup', id: 5, step: 'rooms' });
    expect(resolveRoute('/region/students/21', '?class=9')).toEqual({ name: 'region-student', id: 21 });
    for (const path of ['/region/schools/5/setup/lessons', '/region/students/0', '/region/schools/0/setup/staff', '/region/classes/x', '/region/classes/0']) {
      expect(resolveRoute(path, '')).toEqual({ name: 'not-found' });
    }
  });

  it('builds the set-up and class paths it resolves', () => {
    for (const step of SETUP_STEPS) {
      expect(resolveRoute(PATHS.regionSchoolSetup(3, step), '')).toEqual({ name: 'region-school-setup', id: 3, step });
    }
    expect(PATHS.regionSchoolSetup(3)).toBe('/region/schools/3/setup/school');
    expect(PATHS.regionClass(12, 3)).toBe('/region/classes/12?school=3');
    expect(PATHS.regionStudent(21, 9)).toBe('/region/students/21?class=9');
    expect(resolveRoute(PATHS.regionStudent(21), '')).toEqual({ name: 'region-student', id: 21 });
    expect(sectionOf({ name: 'region-class', id: 12 })).toBe('region');
  });

  it('tells the header section of a route', () => {
    expect(sectionOf({ name: 'region-school', id: 1 })).toBe('region');
    expect(sectionOf({ name: 'home' })).toBeNull();
  });
});

describe('class teacher routes', () => {
  it('addresses a class’s invite codes', () => {
    expect(resolveRoute(PATHS.classTeacherInvitations(12), '')).toEqual({ name: 'class-teacher-invitations', id: 12 });
    expect(sectionOf({ name: 'class-teacher-invitations', id: 12 })).toBe('class-teacher');
    expect(resolveRoute('/class-teacher/classes/0/invitations', '')).toEqual({ name: 'not-found' });
    expect(resolveRoute('/class-teacher/pending', '')).toEqual({ name: 'pending-confirmations' });
    expect(sectionOf({ name: 'pending-confirmations' })).toBe('pending');
  });
});
