import type { BellSchedule } from '../../../api/calendar';

/** The school's bell schedules, each as its lessons with their times. */
export function BellsList({ schedules }: { schedules: BellSchedule[] }) {
  if (schedules.length === 0) {
    return (
      <p className="empty empty--inline">
        Расписаний звонков пока нет. Добавьте основное в форме ниже: уроки с временем начала и
        окончания.
      </p>
    );
  }
  return (
    <ul className="cards cards--always cards--columns">
      {schedules.map((schedule) => (
        <li key={schedule.id} className="card">
          <h4 className="card__title">{schedule.name}</h4>
          <table className="mini-table">
            <caption className="visually-hidden">Расписание звонков «{schedule.name}»</caption>
            <thead>
              <tr>
                <th scope="col">Урок</th>
                <th scope="col">Начало</th>
                <th scope="col">Конец</th>
              </tr>
            </thead>
            <tbody>
              {schedule.slots.map((slot) => (
                <tr key={slot.number}>
                  <th scope="row">{slot.number}</th>
                  <td>{slot.startsAt}</td>
                  <td>{slot.endsAt}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
}
