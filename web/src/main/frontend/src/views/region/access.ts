import type { Route } from '../../routing';

/**
 * Who may open which page of the region section. The server decides about the school or the student (its
 * checks are the source of truth); this only keeps pages away from roles that can never use them:
 * - the schools list, a new school, the exchanges: the region administrator;
 * - a school, its set-up and its classes: also a journal administrator (of their own school);
 * - a student's card: also a class teacher (of the student's class).
 * The journal administrator's «schools list» is the list of their own schools.
 */
export function mayOpen(route: Route['name'], roles: readonly string[]): boolean {
  const regionAdmin = roles.includes('region-admin');
  const journalAdmin = roles.includes('journal-admin');
  switch (route) {
    case 'region-school-new':
    case 'region-exchanges':
      return regionAdmin;
    case 'region-schools':
    case 'region-school':
    case 'region-school-setup':
    case 'region-class':
      return regionAdmin || journalAdmin;
    case 'region-student':
      return regionAdmin || journalAdmin || roles.includes('class-teacher');
    default:
      return regionAdmin;
  }
}
