import { PATHS, type SectionId } from '../routing';

/** A section of the header navigation and the roles that may open it. */
export interface Section {
  id: SectionId;
  label: string;
  href: string;
  roles: readonly string[];
}

/** In the order they are shown; the sections of other roles are added here. */
export const SECTIONS: readonly Section[] = [
  { id: 'region', label: 'Регион', href: PATHS.regionSchools, roles: ['region-admin'] },
  {
    id: 'journal',
    label: 'Журнал',
    href: PATHS.journal,
    roles: ['teacher', 'class-teacher', 'journal-admin', 'director', 'deputy-director', 'region-admin'],
  },
];

/** The sections a person with these roles sees in the header. */
export function sectionsFor(roles: readonly string[]): Section[] {
  return SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
}

/** True when a person with these roles may open the section. */
export function canOpen(section: SectionId, roles: readonly string[]): boolean {
  return sectionsFor(roles).some((candidate) => candidate.id === section);
}
