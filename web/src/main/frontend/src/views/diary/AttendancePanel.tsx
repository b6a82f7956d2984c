import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { loadAttendance, type AttendanceLine, type Child } from '../../api/diary';
import { useResource } from '../../api/useResource';
import { InlineLoading, LoadError } from '../Status';
import { initialPeriod, PeriodPicker } from './PeriodPicker';

/** «Посещаемость»: lessons held in the period so far and the Н/Б/У among them, by subject. */
export function AttendancePanel({ child }: { child: Child }) {
  const fetchImpl = useFetch();
  const [period, setPeriod] = useState(initialPeriod(child));
  const summary = useResource(
    (signal) => (period === null ? Promise.resolve({ ok: true as const, status: 200, data: null }) : loadAttendance(fetchImpl, child.personId, period, signal)),
    `${child.personId}/${period}`,
  );
  if (period === null) return <p className="note">Отчётные периоды ещё не заданы школой.</p>;
  return (
    <section aria-label="Посещаемость">
      <PeriodPicker child={child} value={period} onValue={setPeriod} />
      {summary.failure && <LoadError message={summary.failure.message} onRetry={summary.reload} />}
      {summary.loading && !summary.data && <InlineLoading />}
      {summary.data && summary.data.subjects.length === 0 && <p className="note">В этом периоде уроков ещё не было.</p>}
      {summary.data && summary.data.subjects.length > 0 && (
        <table className="diary-table">
          <caption className="visually-hidden">Посещаемость по предметам</caption>
          <thead>
            <tr>
              <th scope="col">Предмет</th>
              <th scope="col">Уроков</th>
              <th scope="col"><abbr title="Отсутствовал">Н</abbr></th>
              <th scope="col"><abbr title="Болел">Б</abbr></th>
              <th scope="col"><abbr title="Уважительная причина">У</abbr></th>
            </tr>
          </thead>
          <tbody>
            {summary.data.subjects.map((line) => (
              <Row key={line.subjectId} line={line} />
            ))}
          </tbody>
          <tfoot>
            <Row line={summary.data.total} />
          </tfoot>
        </table>
      )}
    </section>
  );
}

function Row({ line }: { line: AttendanceLine }) {
  return (
    <tr>
      <th scope="row">{line.subject}</th>
      <td>{line.lessons}</td>
      <td>{line.absent}</td>
      <td>{line.ill}</td>
      <td>{line.excused}</td>
    </tr>
  );
}
