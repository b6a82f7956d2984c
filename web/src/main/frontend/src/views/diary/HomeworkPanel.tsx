import { useFetch } from '../../api/ApiContext';
import { loadHomework, type Child, type HomeworkItem } from '../../api/diary';
import { useResource } from '../../api/useResource';
import { InlineLoading, LoadError } from '../Status';
import { addDays, dayTitle, todayIso } from './diaryModel';

/** «Домашние задания» for today and the next two weeks, by day. */
export function HomeworkPanel({ child }: { child: Child }) {
  const fetchImpl = useFetch();
  const from = todayIso();
  const to = addDays(from, 13);
  const homework = useResource((signal) => loadHomework(fetchImpl, child.personId, from, to, signal), `${child.personId}/${from}`);
  const days = new Map<string, HomeworkItem[]>();
  for (const item of homework.data ?? []) days.set(item.date, [...(days.get(item.date) ?? []), item]);
  return (
    <section aria-label="Домашние задания">
      {homework.failure && <LoadError message={homework.failure.message} onRetry={homework.reload} />}
      {homework.loading && !homework.data && <InlineLoading />}
      {homework.data && homework.data.length === 0 && (
        <p className="note">На ближайшие две недели домашних заданий пока нет.</p>
      )}
      {[...days.entries()].map(([date, items]) => (
        <div key={date} className="diary-day">
          <h3 className="diary-day__title">{dayTitle(date)}</h3>
          <ul className="diary-lessons">
            {items.map((item) => (
              <li key={item.lessonId} className="diary-lesson">
                <span className="diary-lesson__subject">{item.subject}</span>
                <p className="diary-lesson__line">
                  {item.homework ?? <span className="diary-lesson__none">без задания</span>}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
