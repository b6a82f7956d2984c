import type { ClassDetails } from '../../../api/classes';
import { AppLink } from '../../../components/AppLink';
import { PATHS } from '../../../routing';
import { longDate, shortDate } from '../calendar/calendarLogic';

/** The students of the class on the chosen date, in alphabetical order. */
export function StudentsList({ details }: { details: ClassDetails }) {
  if (details.students.length === 0) {
    return (
      <p className="empty empty--inline" role="status">
        На {longDate(details.date)} в классе нет учеников. Зачислите ученика в форме ниже или выберите другую дату.
      </p>
    );
  }
  const students = [...details.students].sort((a, b) => a.displayName.localeCompare(b.displayName, 'ru'));
  return (
    <>
      <p className="results__count" role="status">
        Учеников на {longDate(details.date)}: {students.length}
      </p>
      <div className="table-wrap table-wrap--always">
        <table className="table">
          <caption className="visually-hidden">Список класса {details.name} на {longDate(details.date)}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">№</th>
              <th scope="col">ФИО</th>
              <th scope="col">Дата рождения</th>
            </tr>
          </thead>
          <tbody>
            {students.map((student, i) => (
              <tr key={student.personId}>
                <td className="numeric">{i + 1}</td>
                <th scope="row">
                  <AppLink href={PATHS.regionStudent(student.personId, details.id)}>{student.displayName}</AppLink>
                </th>
                <td>{student.birthDate ? shortDate(student.birthDate) : <span className="muted">не указана</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The class's groups, each with its students. */
export function GroupsList({ details }: { details: ClassDetails }) {
  if (details.groups.length === 0) {
    return (
      <p className="note">
        Групп нет. Группа нужна, когда класс делится на уроке: например, «Английский язык, группа 1».
      </p>
    );
  }
  return (
    <ul className="cards cards--always cards--columns">
      {details.groups.map((group) => (
        <li key={group.id} className="card">
          <h3 className="card__title">{group.name}</h3>
          {group.students.length === 0 ? (
            <p className="card__line muted">В группе пока никого нет.</p>
          ) : (
            <ul className="card__list">
              {group.students.map((student) => (
                <li key={student.personId}>{student.displayName}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
