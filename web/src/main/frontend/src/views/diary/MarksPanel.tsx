import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { loadMarks, type Child } from '../../api/diary';
import { useResource } from '../../api/useResource';
import { InlineLoading, LoadError } from '../Status';
import { ddmm, formatAverage } from './diaryModel';
import { MarkBadge } from './MarkBadge';
import { initialPeriod, PeriodPicker } from './PeriodPicker';

/** «Оценки»: subjects of the period with their marks by date, the weighted average and the final mark. */
export function MarksPanel({ child }: { child: Child }) {
  const fetchImpl = useFetch();
  const [period, setPeriod] = useState(initialPeriod(child));
  const marks = useResource(
    (signal) => (period === null ? Promise.resolve({ ok: true as const, status: 200, data: null }) : loadMarks(fetchImpl, child.personId, period, signal)),
    `${child.personId}/${period}`,
  );
  if (period === null) return <p className="note">Отчётные периоды ещё не заданы школой.</p>;
  return (
    <section aria-label="Оценки">
      <PeriodPicker child={child} value={period} onValue={setPeriod} />
      {marks.failure && <LoadError message={marks.failure.message} onRetry={marks.reload} />}
      {marks.loading && !marks.data && <InlineLoading />}
      {marks.data && marks.data.subjects.length === 0 && <p className="note">В этом периоде уроков и отметок пока нет.</p>}
      {marks.data && marks.data.subjects.length > 0 && (
        <ul className="diary-subjects">
          {marks.data.subjects.map((subject) => (
            <li key={subject.subjectId} className="diary-subject">
              <div className="diary-subject__head">
                <span className="diary-subject__name">{subject.subject}</span>
                <span className="diary-subject__average">
                  Средний балл: <strong>{formatAverage(subject.average)}</strong>
                  {subject.finalMark && <> · Итоговая: <strong>{subject.finalMark}</strong></>}
                </span>
              </div>
              {subject.marks.length === 0 ? (
                <p className="diary-day__empty">Отметок нет</p>
              ) : (
                <ul className="diary-subject__marks">
                  {subject.marks.map((mark, index) => (
                    <li key={index} className="diary-subject__mark">
                      <MarkBadge mark={mark} caption={false} />
                      <span className="diary-mark__kind">{ddmm(mark.date)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
