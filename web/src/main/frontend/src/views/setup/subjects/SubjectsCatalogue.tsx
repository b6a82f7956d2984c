import type { Subject } from '../../../api/subjects';

/** The region's catalogue and the school's own subjects, side by side on wide screens. */
export function SubjectsCatalogue({ subjects }: { subjects: Subject[] }) {
  const region = subjects.filter((s) => s.schoolId === null);
  const own = subjects.filter((s) => s.schoolId !== null);
  return (
    <div className="catalogue">
      <div>
        <h3 className="subsection-title">Каталог региона</h3>
        {region.length === 0 ? (
          <p className="note">Каталог региона пока пуст: его заполняет управление образования.</p>
        ) : (
          <ul className="chips">
            {region.map((s) => <li key={s.id} className="chip" title={s.shortName}>{s.name}</li>)}
          </ul>
        )}
      </div>
      <div>
        <h3 className="subsection-title">Предметы школы</h3>
        {own.length === 0 ? (
          <p className="note">Своих предметов у школы нет. Если школа ведёт предмет, которого нет в каталоге, добавьте его ниже.</p>
        ) : (
          <ul className="chips">
            {own.map((s) => <li key={s.id} className="chip chip--own" title={s.shortName}>{s.name}</li>)}
          </ul>
        )}
      </div>
    </div>
  );
}
