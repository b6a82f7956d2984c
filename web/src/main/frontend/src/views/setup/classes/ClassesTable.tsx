import type { SchoolClass } from '../../../api/classes';
import { AppLink } from '../../../components/AppLink';
import { PATHS } from '../../../routing';

/** The classes of a year: name (opens the class), class teacher, number of students. */
export function ClassesTable({ schoolId, classes }: { schoolId: number; classes: SchoolClass[] }) {
  if (classes.length === 0) {
    return (
      <p className="empty empty--inline" role="status">
        Классов в этом учебном году пока нет. Создайте первый в форме ниже, затем откройте его,
        чтобы зачислить учеников.
      </p>
    );
  }
  return (
    <div className="table-wrap table-wrap--always">
      <table className="table">
        <caption className="visually-hidden">Классы</caption>
        <thead>
          <tr>
            <th scope="col">Класс</th>
            <th scope="col">Классный руководитель</th>
            <th scope="col" className="numeric">Учеников</th>
          </tr>
        </thead>
        <tbody>
          {classes.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <AppLink href={PATHS.regionClass(c.id, schoolId)}>{c.name}</AppLink>
              </th>
              <td>{c.classTeacher?.displayName ?? <span className="muted">не назначен</span>}</td>
              <td className="numeric">{c.studentCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
