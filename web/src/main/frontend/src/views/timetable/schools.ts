import type { Me } from '../../api/me';

/** A school where the signed-in person holds a position (`/api/v1/me` lists them once the account is bound). */
export interface StaffSchool {
  schoolId: number;
  shortName: string;
  positions: string[];
}

export function schoolsOf(me: Me): StaffSchool[] {
  const schools = (me as Me & { schools?: StaffSchool[] | null }).schools;
  return Array.isArray(schools) ? schools : [];
}

/** The school of the page: the one in the address, or the person's only school. */
export function chosenSchool(me: Me, fromAddress: number | null): number | null {
  if (fromAddress !== null) return fromAddress;
  const schools = schoolsOf(me);
  return schools.length === 1 ? schools[0]!.schoolId : null;
}

/** Whether the person may change timetables and plans (the server decides per school; this hides buttons). */
export function mayEdit(me: Me): boolean {
  return me.roles.includes('journal-admin') || me.roles.includes('region-admin');
}

/** Today as an ISO date in the browser's time zone. */
export function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
