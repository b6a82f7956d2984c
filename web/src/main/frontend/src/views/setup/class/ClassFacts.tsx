import type { ClassDetails } from '../../../api/classes';

/** The class's grade and class teacher. */
export function ClassFacts({ details }: { details: ClassDetails }) {
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>Параллель</dt>
        <dd>{details.grade} класс</dd>
      </div>
      <div className="facts__row">
        <dt>Классный руководитель</dt>
        <dd>{details.classTeacher?.displayName ?? <span className="muted">не назначен</span>}</dd>
      </div>
    </dl>
  );
}
