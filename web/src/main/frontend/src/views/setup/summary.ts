import { listAssignments } from '../../api/assignments';
import { listBellSchedules, listYears, type AcademicYear } from '../../api/calendar';
import { listClasses } from '../../api/classes';
import type { ApiResult } from '../../api/http';
import { listRooms } from '../../api/rooms';
import { listStaff } from '../../api/staff';
import { getCurriculum } from '../../api/subjects';
import type { SetupStep } from '../../routing';

/** What is set up at a school; a part is null when it could not be loaded. */
export interface SetupSummary {
  /** Newest first. */
  years: AcademicYear[] | null;
  bellSchedules: number | null;
  staff: number | null;
  /** Classes of the newest year. */
  classes: number | null;
  students: number | null;
  /** Curriculum lines of the newest year. */
  curriculum: number | null;
  rooms: number | null;
  /** Teaching assignments of the newest year. */
  assignments: number | null;
}

const value = <T, R>(result: ApiResult<T>, pick: (data: T) => R): R | null => (result.ok ? pick(result.data) : null);

/** Loads every part at once; a part that fails leaves the others (the set-up goes on without it). */
export async function loadSummary(fetchImpl: typeof fetch, schoolId: number, signal?: AbortSignal): Promise<ApiResult<SetupSummary>> {
  const [years, bells, staff, rooms] = await Promise.all([
    listYears(fetchImpl, schoolId, signal),
    listBellSchedules(fetchImpl, schoolId, signal),
    listStaff(fetchImpl, schoolId, { q: '', page: 0, size: 1 }, signal),
    listRooms(fetchImpl, schoolId, signal),
  ]);
  const newest = years.ok ? years.data[0] : undefined;
  const [classes, curriculum, assignments] = newest
    ? await Promise.all([
        listClasses(fetchImpl, schoolId, newest.id, signal),
        getCurriculum(fetchImpl, schoolId, newest.id, signal),
        listAssignments(fetchImpl, schoolId, newest.id, signal),
      ])
    : [null, null, null];
  return {
    ok: true,
    status: 200,
    data: {
      years: value(years, (list) => list),
      bellSchedules: value(bells, (list) => list.length),
      staff: value(staff, (page) => page.total),
      classes: classes ? value(classes, (list) => list.length) : newest === undefined && years.ok ? 0 : null,
      students: classes ? value(classes, (list) => list.reduce((sum, c) => sum + (c.studentCount ?? 0), 0)) : null,
      curriculum: curriculum ? value(curriculum, (plan) => plan.items.length) : newest === undefined && years.ok ? 0 : null,
      rooms: value(rooms, (list) => list.length),
      assignments: assignments ? value(assignments, (list) => list.length) : newest === undefined && years.ok ? 0 : null,
    },
  };
}

/** The steps that are filled in. */
export function completedSteps(summary: SetupSummary | null): Set<SetupStep> {
  const done = new Set<SetupStep>(['school']);
  if (!summary) return done;
  if ((summary.years?.length ?? 0) > 0 && (summary.bellSchedules ?? 0) > 0) done.add('calendar');
  if ((summary.staff ?? 0) > 0) done.add('staff');
  if ((summary.classes ?? 0) > 0) done.add('classes');
  if ((summary.rooms ?? 0) > 0) done.add('rooms');
  if ((summary.curriculum ?? 0) > 0) done.add('subjects');
  if ((summary.assignments ?? 0) > 0) done.add('assignments');
  return done;
}
