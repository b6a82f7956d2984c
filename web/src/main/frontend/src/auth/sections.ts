import { PATHS, type SectionId } from '../routing';

/** A section of the header navigation and the roles that may open it. */
export interface Section {
  id: SectionId;
  label: string;
  href: string;
  roles: readonly string[];
  /** Roles that see another section for the same pages instead (the region administrator sees «Регион»). */
  unlessRoles?: readonly string[];
}

/** Who works with a school's timetable and plans (reading; changes are checked by the server). */
const SCHOOL_STAFF = ['region-admin', 'journal-admin', 'director', 'deputy-director', 'teacher'] as const;

/** In the order they are shown; the sections of other roles are added here. */
export const SECTIONS: readonly Section[] = [
  { id: 'region', label: 'Регион', href: PATHS.regionSchools, roles: ['region-admin'] },
  { id: 'exchanges', label: 'Обмен данными', href: PATHS.regionExchanges, roles: ['region-admin'] },
  // One's own school (the server checks the school): its set-up pages, movements of students and the year's
  // end — «Школа» for its journal administrator.
  { id: 'school', label: 'Школа', href: PATHS.regionSchools, roles: ['journal-admin'], unlessRoles: ['region-admin'] },
  {
    id: 'journal',
    label: 'Журнал',
    href: PATHS.journal,
    roles: ['teacher', 'class-teacher', 'journal-admin', 'director', 'deputy-director', 'region-admin'],
  },
  { id: 'diary', label: 'Дневник', href: PATHS.diary, roles: ['parent', 'student'] },
  { id: 'class-teacher', label: 'Класс', href: PATHS.classTeacherAbsences, roles: ['class-teacher'] },
  {
    id: 'pending',
    label: 'Подтверждения',
    href: PATHS.pendingConfirmations,
    roles: ['class-teacher', 'journal-admin', 'region-admin'],
  },
  { id: 'timetable', label: 'Расписание', href: PATHS.timetable, roles: SCHOOL_STAFF },
  { id: 'plans', label: 'КТП', href: PATHS.plans, roles: SCHOOL_STAFF },
  { id: 'reports', label: 'Отчёты', href: PATHS.reports, roles: ['journal-admin', 'director', 'deputy-director', 'region-admin'] },
];

/** The section shown on the start page instead of the greeting: the diary for parents and students. */
export function homeSectionFor(roles: readonly string[]): SectionId | null {
  return canOpen('diary', roles) ? 'diary' : null;
}

/** The sections a person with these roles sees in the header. */
export function sectionsFor(roles: readonly string[]): Section[] {
  return SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role))
    && !(section.unlessRoles ?? []).some((role) => roles.includes(role)));
}

/** The header section to mark for a page: the region's pages are «Школа» for a school's journal administrator. */
export function shownSection(section: SectionId | null, roles: readonly string[]): SectionId | null {
  return section === 'region' && !canOpen('region', roles) && canOpen('school', roles) ? 'school' : section;
}

/** True when a person with these roles may open the section. */
export function canOpen(section: SectionId, roles: readonly string[]): boolean {
  return sectionsFor(roles).some((candidate) => candidate.id === section);
}
