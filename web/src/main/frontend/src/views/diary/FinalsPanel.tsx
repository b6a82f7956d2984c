import { useFetch } from '../../api/ApiContext';
import type { Child } from '../../api/diary';
import { getStudentFinalMarks } from '../../api/journal';
import { useResource } from '../../api/useResource';
import { InlineLoading, LoadError } from '../Status';

/** «1 четв.», «2 трим.», «1 полуг.» by how many periods the year has. */
function periodLabel(number: number, count: number) {
  const name = count === 4 ? 'четв.' : count === 3 ? 'трим.' : count === 2 ? 'полуг.' : 'период';
  return `${number} ${name}`;
}

/** «Итоговые»: per subject the confirmed marks of each reporting period and of the year. */
export function FinalsPanel({ child }: { child: Child }) {
  const fetchImpl = useFetch();
  const finals = useResource((signal) => getStudentFinalMarks(fetchImpl, child.personId, signal), String(child.personId));
  if (finals.failure) return <LoadError message={finals.failure.message} onRetry={finals.reload} />;
  if (!finals.data) return <InlineLoading />;
  const { periods, subjects } = finals.data;
  if (subjects.length === 0) return <p className="note">Итоговых отметок пока нет.</p>;
  return (
    <section aria-label="Итоговые отметки">
      <table className="diary-finals">
        <caption className="note">Утверждённые итоговые отметки за периоды и за год</caption>
        <thead>
          <tr>
            <th scope="col">Предмет</th>
            {periods.map((p) => <th key={p.number} scope="col">{periodLabel(p.number, periods.length)}</th>)}
            <th scope="col">Год</th>
          </tr>
        </thead>
        <tbody>
          {subjects.map((s) => {
            const mark = (n: number) => s.marks.find((m) => m.periodNumber === n)?.mark ?? '—';
            return (
              <tr key={s.subjectId}>
                <th scope="row">{s.subject}</th>
                {periods.map((p) => <td key={p.number}>{mark(p.number)}</td>)}
                <td><strong>{mark(0)}</strong></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
