import type { Me } from '../../api/me';
import { canOpen } from '../../auth/sections';
import type { Route } from '../../routing';
import { NoAccess, NotFound } from '../Status';
import { ChangeRequestsPage } from './ChangeRequestsPage';
import { GridPage } from './GridPage';
import { JournalSettingsPage } from './JournalSettingsPage';
import { LessonJournalPage } from './LessonJournalPage';
import { TeacherDayPage } from './TeacherDayPage';

/** A school the signed-in person works at, with their position codes (from `/api/v1/me`). */
export interface MySchool {
  schoolId: number;
  shortName: string;
  positions: string[];
}

/** «Журнал»: the teacher's day, the grid, a lesson's page, the administrator's change requests. */
export function JournalSection({ route, search, me }: { route: Route; search: string; me: Me }) {
  if (!canOpen('journal', me.roles)) {
    return <NoAccess section="Журнал" role="учителя или администратора журнала" />;
  }
  const schools = ((me as Me & { schools?: MySchool[] }).schools ?? []) as MySchool[];
  switch (route.name) {
    case 'journal-day':
      return <TeacherDayPage search={search} schools={schools} />;
    case 'journal-grid':
      return <GridPage search={search} />;
    case 'journal-lesson':
      return <LessonJournalPage key={route.id} id={route.id} />;
    case 'journal-requests':
      return <ChangeRequestsPage search={search} schools={schools} />;
    case 'journal-settings':
      return <JournalSettingsPage search={search} schools={schools} />;
    default:
      return <NotFound />;
  }
}

/** A positive id from a query parameter, or null. */
export function idParam(search: string, name: string): number | null {
  const value = new URLSearchParams(search).get(name);
  const id = value && /^\d{1,15}$/.test(value) ? Number(value) : 0;
  return id > 0 ? id : null;
}

/** «12.11.2026» from «2026-11-12». */
export function ruDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** «08:30» from «08:30:00». */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}
