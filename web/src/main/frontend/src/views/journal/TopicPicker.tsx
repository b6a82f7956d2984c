import { useFetch } from '../../api/ApiContext';
import { getLessonTopics, type LessonTopic } from '../../api/plans';
import { useResource } from '../../api/useResource';

/**
 * Choosing the lesson's topic from the thematic plan (КТП): the plan's topics in order, those whose hours are
 * used up by earlier lessons marked, the next one by the plan suggested. Without a plan (or without access to
 * it) nothing is shown and the topic is typed in full.
 */
export function TopicPicker({ schoolId, lessonId, planTopicId, disabled, onPick }: {
  schoolId: number;
  lessonId: number;
  planTopicId: number | null;
  disabled: boolean;
  onPick: (topic: LessonTopic | null) => void;
}) {
  const fetchImpl = useFetch();
  const plan = useResource((signal) => getLessonTopics(fetchImpl, schoolId, lessonId, signal), `${schoolId}/${lessonId}`);
  const topics = plan.data?.topics ?? [];
  if (topics.length === 0) return null;
  const suggested = plan.data?.suggestedTopicId ?? null;
  return (
    <>
      <label className="field__label" htmlFor="lesson-plan-topic">Тема из КТП</label>
      <select id="lesson-plan-topic" className="input" value={planTopicId ?? ''} disabled={disabled}
        onChange={(e) => onPick(topics.find((t) => String(t.id) === e.target.value) ?? null)}>
        <option value="">— своя тема (ввести ниже) —</option>
        {topics.map((t) => (
          <option key={t.id} value={t.id}>{label(t, t.id === suggested)}</option>
        ))}
      </select>
    </>
  );
}

function label(topic: LessonTopic, suggested: boolean) {
  const kind = topic.kind === 'REGULAR' ? '' : `, ${topic.kindName}`;
  const state = topic.used ? ' — пройдена' : suggested ? ' — следующая по плану' : '';
  return `${topic.position}. ${topic.title} (${topic.usedBefore} из ${topic.hours} ч${kind})${state}`;
}
