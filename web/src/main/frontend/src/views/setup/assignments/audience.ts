import type { Assignment } from '../../../api/assignments';
import type { SchoolClass } from '../../../api/classes';

/** Whom an assignment is for, as the form's «Класс или поток» value says: `class:7`, `stream:3` or empty. */
export interface AudienceChoice {
  classId: number | null;
  groupId: number | null;
  streamId: number | null;
}

/** The request's audience for the form's two choices: a class (and optionally one of its groups) or a stream. */
export function audienceOf(target: string, group: string): AudienceChoice {
  const [kind, id] = target.split(':');
  const number = Number(id);
  if (kind === 'class' && number > 0) {
    return { classId: number, groupId: Number(group) > 0 ? Number(group) : null, streamId: null };
  }
  if (kind === 'stream' && number > 0) return { classId: null, groupId: null, streamId: number };
  return { classId: null, groupId: null, streamId: null };
}

/** The class a target names, if it names one. */
export function classOf(target: string, classes: SchoolClass[]): SchoolClass | undefined {
  const [kind, id] = target.split(':');
  return kind === 'class' ? classes.find((c) => c.id === Number(id)) : undefined;
}

/** Current first, then by audience and subject, as a school reads its «нагрузка». */
export function sortAssignments(assignments: Assignment[]): Assignment[] {
  return [...assignments].sort(
    (a, b) =>
      Number(Boolean(a.validTo)) - Number(Boolean(b.validTo)) ||
      a.audienceName.localeCompare(b.audienceName, 'ru', { numeric: true }) ||
      a.subjectName.localeCompare(b.subjectName, 'ru'),
  );
}
