import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import {
  ATTENDANCE_LETTERS, ATTENDANCE_TITLES, getLesson, saveJournal, type AttendanceCode, type LessonPageData, type StudentCells,
} from '../../api/journal';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { PATHS } from '../../routing';
import { FailurePage, Loading } from '../Status';
import type { LessonTopic } from '../../api/plans';
import { HomeworkFilesSection } from './HomeworkFilesSection';
import { hhmm, ruDate } from './JournalSection';
import { TopicPicker } from './TopicPicker';

/** A lesson's page: topic, homework, attendance and marks with the kind of work, saved in one request. */
export function LessonJournalPage({ id }: { id: number }) {
  const fetchImpl = useFetch();
  const page = useResource((signal) => getLesson(fetchImpl, id, signal), String(id));
  if (page.failure && page.data === null) {
    return <FailurePage failure={page.failure} section="Журнал" role="учителя этого урока" onRetry={page.reload} />;
  }
  if (page.data === null) return <Loading />;
  return <LessonForm key={page.data.lesson.version} data={page.data} onSaved={page.reload} />;
}

interface Row {
  studentId: number;
  name: string;
  attendance: AttendanceCode | null;
  /** «5», «5/4» or empty. */
  mark: string;
  kindId: number;
  comment: string;
  /** Marks in other positions, sent back unchanged. */
  others: StudentCells['marks'];
}

function LessonForm({ data, onSaved }: { data: LessonPageData; onSaved: () => void }) {
  const fetchImpl = useFetch();
  const { lesson, permissions } = data;
  const answer = data.workKinds.find((k) => k.code === 'ANSWER') ?? data.workKinds[0];
  const [topic, setTopic] = useState(lesson.topic ?? '');
  const [homework, setHomework] = useState(lesson.homework ?? '');
  const [noHomework, setNoHomework] = useState(lesson.noHomework);
  /** The plan topic chosen and the title and homework it brought; typing another title makes the topic free. */
  const [planTopic, setPlanTopic] = useState<{ id: number; title: string; homework: string | null } | null>(
    lesson.planTopicId ? { id: lesson.planTopicId, title: lesson.topic ?? '', homework: null } : null);
  const pick = (chosen: LessonTopic | null) => {
    if (!chosen) { setPlanTopic(null); return; }
    setPlanTopic({ id: chosen.id, title: chosen.title, homework: chosen.homework });
    setTopic(chosen.title);
    if (chosen.homework && permissions.homeworkAllowed && (!homework.trim() || homework === planTopic?.homework)) {
      setHomework(chosen.homework);
      setNoHomework(false);
    }
  };
  const typeTopic = (text: string) => {
    setTopic(text);
    if (planTopic && text !== planTopic.title) setPlanTopic(null);
  };
  const [rows, setRows] = useState<Row[]>(() => data.students.map((s) => {
    const first = s.marks.find((m) => m.position === 1);
    return {
      studentId: s.studentId, name: s.name, attendance: s.attendance ?? null,
      mark: first ? (first.value2 ? `${first.value}/${first.value2}` : String(first.value)) : '',
      kindId: first?.workKindId ?? answer?.id ?? 0, comment: first?.comment ?? '',
      others: s.marks.filter((m) => m.position !== 1).map((m) => ({ position: m.position, value: m.value,
        value2: m.value2 ?? null, workKindId: m.workKindId, comment: m.comment ?? null })),
    };
  }));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const update = (i: number, change: Partial<Row>) => setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...change } : r)));

  const save = async () => {
    setError(null);
    const students: StudentCells[] = [];
    for (const r of rows) {
      const match = /^([2-5])(?:\/([2-5]))?$/.exec(r.mark.trim());
      if (r.mark.trim() && !match) { setError(`${r.name}: отметка — цифра 2–5 или двойная, например 5/4`); return; }
      const first = match ? [{ position: 1, value: Number(match[1]), value2: match[2] ? Number(match[2]) : null,
        workKindId: r.kindId, comment: r.comment.trim() || null }] : [];
      students.push({ studentId: r.studentId, attendance: r.attendance, marks: [...first, ...r.others] });
    }
    setStatus('Сохранение…');
    const result = await saveJournal(fetchImpl, lesson.id, {
      version: lesson.version,
      description: { topic: topic.trim() || null, planTopicId: planTopic?.id ?? null,
        homework: noHomework ? null : homework.trim() || null, noHomework },
      students,
    });
    if (result.ok) { setStatus('Сохранено'); onSaved(); } else { setStatus(null); setError(result.message); }
  };

  const title = `${lesson.className}${lesson.groupName ? ` (${lesson.groupName})` : ''} · ${lesson.subjectName}`;
  return (
    <Page title={title} eyebrow={`Урок ${lesson.slotNumber}, ${ruDate(lesson.date)}, ${hhmm(lesson.startsAt)}–${hhmm(lesson.endsAt)}`} wide
      back={<AppLink className="back-link" href={PATHS.journalGrid({ classId: lesson.classId, subjectId: lesson.subjectId,
        groupId: lesson.groupId ?? null })}><span aria-hidden="true">←</span>Журнал класса</AppLink>}>
      <p className="note">
        Учитель: {lesson.teacherName}{lesson.substituteName ? ` · замена: ${lesson.substituteName}` : ''}
        {lesson.state === 'CANCELLED' ? ' · урок отменён' : ''}
      </p>
      {[permissions.lockedReason, permissions.attendanceLockedReason, permissions.marksLockedReason]
        .filter((r, i, all): r is string => !!r && all.indexOf(r) === i)
        .map((r) => <p key={r} className="cell-tools__lock">{r}</p>)}
      <form className="lesson-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <TopicPicker schoolId={lesson.schoolId} lessonId={lesson.id} planTopicId={planTopic?.id ?? null}
          disabled={!permissions.canWrite} onPick={pick} />
        <label className="field__label" htmlFor="lesson-topic">Тема урока</label>
        <input id="lesson-topic" className="input" value={topic} maxLength={1000} onChange={(e) => typeTopic(e.target.value)}
          disabled={!permissions.canWrite} />
        {permissions.homeworkAllowed && (
          <>
            <label className="field__label" htmlFor="lesson-homework">Домашнее задание</label>
            <textarea id="lesson-homework" className="input" value={homework} disabled={noHomework || !permissions.canWrite}
              onChange={(e) => setHomework(e.target.value)} />
            <label className="checkbox">
              <input type="checkbox" checked={noHomework} disabled={!permissions.canWrite}
                onChange={(e) => setNoHomework(e.target.checked)} /> без задания
            </label>
            <HomeworkFilesSection lessonId={lesson.id} files={data.files ?? []}
              canWrite={permissions.canWrite && !permissions.lockedReason} />
          </>
        )}
        <table className="lesson-form__students">
          <thead><tr><th>Ученик</th><th>Посещаемость</th><th>Отметка</th><th>Вид работы</th><th>Комментарий</th></tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.studentId}>
                <th scope="row">{r.name}</th>
                <td>
                  <select aria-label={`Посещаемость: ${r.name}`} className="input input--short" value={r.attendance ?? ''}
                    disabled={!permissions.canWrite} onChange={(e) => update(i, { attendance: (e.target.value || null) as AttendanceCode | null })}>
                    <option value="">был</option>
                    {(Object.keys(ATTENDANCE_LETTERS) as AttendanceCode[]).map((c) => (
                      <option key={c} value={c}>{ATTENDANCE_LETTERS[c]} — {ATTENDANCE_TITLES[c]}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={`Отметка: ${r.name}`} className="input input--tiny" value={r.mark} disabled={!permissions.canWrite}
                    onChange={(e) => update(i, { mark: e.target.value })} />
                  {r.others.length > 0 && <span className="note"> {r.others.map((m) => m.value).join(' ')}</span>}
                </td>
                <td>
                  <select aria-label={`Вид работы: ${r.name}`} className="input input--short" value={r.kindId} disabled={!permissions.canWrite}
                    onChange={(e) => update(i, { kindId: Number(e.target.value) })}>
                    {data.workKinds.map((k) => (
                      <option key={k.id} value={k.id} title={k.lockedReason ?? ''}>
                        {k.name} (вес {k.weight}{k.deadline ? `, до ${ruDate(k.deadline)}` : ''})
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={`Комментарий: ${r.name}`} className="input" value={r.comment} disabled={!permissions.canWrite}
                    onChange={(e) => update(i, { comment: e.target.value })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {error && <p className="form-alert" role="alert">{error}</p>}
        {permissions.canWrite && (
          <div className="lesson-form__actions">
            <button type="submit" className="button button--primary">Сохранить урок</button>
            {status && <span className="save-state" role="status">{status}</span>}
          </div>
        )}
      </form>
    </Page>
  );
}
