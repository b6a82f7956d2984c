import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import {
  changeLesson, getOptions, getSchoolYear, listDayLessons, listSubstitutions,
  type DayLesson, type TimetableOptions,
} from '../../api/timetable';
import { useResource } from '../../api/useResource';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { LoadError, Loading } from '../Status';
import { addDays, describeSubstitution, hhmm, russianDate } from './grid';
import { ScheduleTabs } from './ScheduleSection';
import { toChange, type Kind } from './changes';
import { today } from './schools';

/** «Замены»: the day's substitutions in the school, and changing one lesson of a class on that day. */
export function Substitutions({ schoolId, date, editable }: { schoolId: number; date: string | null; editable: boolean }) {
  const fetchImpl = useFetch();
  const day = date ?? today();
  const [version, setVersion] = useState(0);
  const list = useResource((signal) => listSubstitutions(fetchImpl, schoolId, day, signal), `subs-${day}-${version}`);
  const go = (next: string) => navigate(PATHS.substitutions(schoolId, next), { replace: true });
  return (
    <Page title="Замены" before={<ScheduleTabs schoolId={schoolId} current="substitutions" />} wide>
      <div className="toolbar">
        <label className="field">
          <span className="field__label">Дата</span>
          <input type="date" className="input input--short" value={day} onChange={(e) => e.target.value && go(e.target.value)} />
        </label>
        <button type="button" className="button" onClick={() => go(addDays(day, -1))}>← Предыдущий день</button>
        <button type="button" className="button" onClick={() => go(addDays(day, 1))}>Следующий день →</button>
      </div>
      <h2>Замены на {russianDate(day)}</h2>
      {list.failure && <LoadError message={list.failure.message} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <p className="empty__text">На этот день замен нет.</p>}
      {list.data && list.data.length > 0 && (
        <table className="table">
          <thead>
            <tr><th scope="col">Урок</th><th scope="col">Класс</th><th scope="col">Предмет</th><th scope="col">Изменение</th><th scope="col">Причина</th></tr>
          </thead>
          <tbody>
            {list.data.map((s) => (
              <tr key={s.id}>
                <td>{s.toSlot}</td><td>{s.className}</td><td>{s.subject}</td><td>{describeSubstitution(s)}</td><td>{s.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && <ClassDay schoolId={schoolId} day={day} onChanged={() => setVersion((v) => v + 1)} />}
    </Page>
  );
}

function ClassDay({ schoolId, day, onChanged }: { schoolId: number; day: string; onChanged: () => void }) {
  const fetchImpl = useFetch();
  const [classId, setClassId] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const year = useResource((signal) => getSchoolYear(fetchImpl, schoolId, day, signal), `year-${schoolId}-${day}`);
  const lessons = useResource(
    (signal) => (classId ? listDayLessons(fetchImpl, schoolId, classId, day, signal) : Promise.resolve({ ok: true as const, status: 200, data: [] })),
    `day-${classId}-${day}-${version}`,
  );
  const options = useResource(
    (signal) => (classId ? getOptions(fetchImpl, schoolId, classId, signal) : Promise.resolve({ ok: true as const, status: 200, data: null })),
    `options-${classId}`,
  );
  return (
    <section aria-labelledby="class-day">
      <h2 id="class-day">Изменить урок</h2>
      <label className="field">
        <span className="field__label">Класс</span>
        <select className="input select input--short" value={classId ?? ''} onChange={(e) => setClassId(Number(e.target.value) || null)}>
          <option value="">— выберите —</option>
          {(year.data?.classes ?? []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </label>
      {classId && lessons.loading && <Loading />}
      {classId && lessons.data && lessons.data.length === 0 && <p className="empty__text">У класса нет уроков в этот день.</p>}
      <ul className="list">
        {(lessons.data ?? []).map((lesson) => (
          <LessonRow key={lesson.id} schoolId={schoolId} lesson={lesson} options={options.data ?? null}
            onChanged={() => { setVersion((v) => v + 1); onChanged(); }} />
        ))}
      </ul>
    </section>
  );
}

const KINDS: { value: Kind; label: string }[] = [
  { value: 'teacher', label: 'Заменить учителя' },
  { value: 'room', label: 'Сменить кабинет' },
  { value: 'move', label: 'Перенести' },
  { value: 'cancel', label: 'Отменить' },
];

function LessonRow({ schoolId, lesson, options, onChanged }: {
  schoolId: number; lesson: DayLesson; options: TimetableOptions | null; onChanged: () => void;
}) {
  const fetchImpl = useFetch();
  const [kind, setKind] = useState<Kind | null>(null);
  const [value, setValue] = useState('');
  const [slot, setSlot] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const title = `${lesson.slotNumber}. ${hhmm(lesson.startsAt)} ${lesson.subject}${lesson.group ? ` (${lesson.group})` : ''}`;
  async function submit() {
    const change = toChange(kind!, value, slot, reason);
    if (typeof change === 'string') return setError(change);
    const result = await changeLesson(fetchImpl, schoolId, lesson.id, change);
    if (!result.ok) return setError(result.message);
    setKind(null);
    setError(null);
    onChanged();
  }
  return (
    <li className="lesson-row">
      <div>
        <strong>{title}</strong> — {lesson.substitute ?? lesson.teacher}{lesson.room ? `, каб. ${lesson.room}` : ''}
        {lesson.cancelled && <span className="badge"> Отменён</span>}
        {lesson.changeNote && <div className="hint">{lesson.changeNote}</div>}
      </div>
      {!lesson.cancelled && (
        <div className="timetable__actions">
          {KINDS.map((k) => (
            <button key={k.value} type="button" className="button button--small" aria-pressed={kind === k.value}
              onClick={() => { setKind(k.value); setValue(''); setError(null); }}>{k.label}</button>
          ))}
        </div>
      )}
      {kind && (
        <div className="timetable__form" role="group" aria-label={`${KINDS.find((k) => k.value === kind)!.label}: ${title}`}>
          {kind === 'teacher' && (
            <select className="input select" aria-label="Учитель" value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">Учитель…</option>
              {(options?.teachers ?? []).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
            </select>
          )}
          {kind === 'room' && (
            <select className="input select" aria-label="Кабинет" value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">Кабинет…</option>
              {(options?.rooms ?? []).map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
            </select>
          )}
          {kind === 'move' && (
            <>
              <input type="date" className="input" aria-label="Новая дата" value={value} onChange={(e) => setValue(e.target.value)} />
              <input type="number" min={1} max={12} className="input input--short" aria-label="Номер урока" value={slot}
                onChange={(e) => setSlot(e.target.value)} />
            </>
          )}
          <input className="input" aria-label="Причина" placeholder={kind === 'cancel' ? 'Причина (обязательно)' : 'Причина'}
            value={reason} onChange={(e) => setReason(e.target.value)} />
          {error && <p role="alert" className="field__error">{error}</p>}
          <div className="timetable__actions">
            <button type="button" className="button button--primary button--small" onClick={submit}>Сохранить</button>
            <button type="button" className="button button--small" onClick={() => setKind(null)}>Отмена</button>
          </div>
        </div>
      )}
    </li>
  );
}
