import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { request } from '../../api/http';
import {
  addEntry, endEntry, getOptions, getSchoolYear, getWeek, removeEntry,
  type TimetableEntry, type TimetableOptions, type WeekKind,
} from '../../api/timetable';
import { useResource } from '../../api/useResource';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { LoadError, Loading } from '../Status';
import { addDays, buildGrid, entryLines, russianDate, WEEK_KINDS, WEEKDAY_NAMES, WEEKDAYS } from './grid';
import { ScheduleTabs } from './ScheduleSection';
import { today } from './schools';

interface EditorProps {
  schoolId: number;
  classId: number | null;
  date: string | null;
  editable: boolean;
}

/** «Расписание класса»: the week grid Пн–Сб × bell slots; entries are added and removed in their cells. */
export function TimetableEditor({ schoolId, classId, date, editable }: EditorProps) {
  const fetchImpl = useFetch();
  const day = date ?? today();
  const year = useResource((signal) => getSchoolYear(fetchImpl, schoolId, day, signal), `year-${schoolId}-${day}`);
  const go = (nextClass: number | null, nextDate: string) =>
    navigate(PATHS.timetableOf(schoolId, nextClass, nextDate), { replace: true });

  return (
    <Page title="Расписание класса" before={<ScheduleTabs schoolId={schoolId} current="timetable" />} wide>
      {year.failure && <LoadError message={year.failure.message} onRetry={year.reload} />}
      <div className="toolbar">
        <label className="field">
          <span className="field__label">Класс</span>
          <select className="input select input--short" value={classId ?? ''}
            onChange={(event) => go(Number(event.target.value) || null, day)}>
            <option value="">— выберите —</option>
            {(year.data?.classes ?? []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <button type="button" className="button" onClick={() => go(classId, addDays(day, -7))}>← Предыдущая неделя</button>
        <button type="button" className="button" onClick={() => go(classId, today())}>Сегодня</button>
        <button type="button" className="button" onClick={() => go(classId, addDays(day, 7))}>Следующая неделя →</button>
        {editable && year.data && <GenerateButton schoolId={schoolId} yearId={year.data.yearId} />}
      </div>
      {classId === null ? (
        <p className="empty__text">Выберите класс, чтобы увидеть и составить его расписание.</p>
      ) : (
        <WeekGrid key={`${classId}-${day}`} schoolId={schoolId} classId={classId} day={day} editable={editable} />
      )}
    </Page>
  );
}

function WeekGrid({ schoolId, classId, day, editable }: { schoolId: number; classId: number; day: string; editable: boolean }) {
  const fetchImpl = useFetch();
  const week = useResource((signal) => getWeek(fetchImpl, schoolId, classId, day, signal), `week-${classId}-${day}`);
  const options = useResource((signal) => getOptions(fetchImpl, schoolId, classId, signal), `options-${classId}`);
  const [notice, setNotice] = useState<string | null>(null);
  if (week.failure) return <LoadError message={week.failure.message} onRetry={week.reload} />;
  if (!week.data || !options.data) return <Loading />;
  const rows = buildGrid(week.data.entries, options.data.bellSchedules);
  const changed = (message: string) => {
    setNotice(message);
    week.reload();
  };
  return (
    <>
      <p className="hint">
        Неделя с {russianDate(week.data.monday)} — {week.data.week === 'A' ? 'неделя А' : 'неделя Б'}.
        Показаны записи, действующие на {russianDate(day)}.
      </p>
      {notice && <p role="status" className="flash">{notice}</p>}
      {rows.length === 0 && <p className="empty__text">В школе нет расписания звонков: сначала задайте его в настройке школы.</p>}
      <div className="table-scroll">
        <table className="timetable">
          <caption className="visually-hidden">Расписание на неделю</caption>
          <thead>
            <tr>
              <th scope="col">Урок</th>
              {WEEKDAYS.map((d) => <th key={d} scope="col">{d}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slot}>
                <th scope="row">{row.slot}<div className="hint">{row.time}</div></th>
                {row.cells.map((entries, index) => (
                  <td key={index} className="timetable__cell">
                    {entries.map((entry) => (
                      <EntryCard key={entry.id} schoolId={schoolId} entry={entry} day={day} editable={editable} onChanged={changed} />
                    ))}
                    {editable && (
                      <AddEntry schoolId={schoolId} weekday={index + 1} slot={row.slot}
                        options={options.data!} onAdded={changed} />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function EntryCard({ schoolId, entry, day, editable, onChanged }: {
  schoolId: number; entry: TimetableEntry; day: string; editable: boolean; onChanged: (message: string) => void;
}) {
  const fetchImpl = useFetch();
  const [error, setError] = useState<string | null>(null);
  async function end() {
    const result = await endEntry(fetchImpl, schoolId, entry.id, day > entry.validFrom ? day : addDays(entry.validFrom, 1));
    if (!result.ok) return setError(result.message);
    const kept = result.data.kept.length;
    onChanged(`Запись завершена: удалено уроков — ${result.data.lessonsRemoved}` +
      (kept > 0 ? `, оставлено уроков с записями в журнале — ${kept}` : ''));
  }
  async function remove() {
    const result = await removeEntry(fetchImpl, schoolId, entry.id);
    if (!result.ok) return setError(result.message);
    onChanged(`Запись удалена вместе с уроками: ${result.data.lessonsRemoved}`);
  }
  return (
    <div className={`timetable__entry timetable__entry--${entry.weekKind.toLowerCase()}`}>
      {entryLines(entry).map((line, i) => <div key={i} className={i === 0 ? 'timetable__subject' : 'hint'}>{line}</div>)}
      {editable && (
        <div className="timetable__actions">
          <button type="button" className="button button--small" onClick={end}
            aria-label={`Завершить запись «${entry.subject}» с ${russianDate(day)}`}>Завершить</button>
          <button type="button" className="button button--small" onClick={remove}
            aria-label={`Удалить запись «${entry.subject}»`}>Удалить</button>
        </div>
      )}
      {error && <p role="alert" className="field__error">{error}</p>}
    </div>
  );
}

function AddEntry({ schoolId, weekday, slot, options, onAdded }: {
  schoolId: number; weekday: number; slot: number; options: TimetableOptions; onAdded: (message: string) => void;
}) {
  const fetchImpl = useFetch();
  const [open, setOpen] = useState(false);
  const [assignment, setAssignment] = useState('');
  const [weekKind, setWeekKind] = useState<WeekKind>('EVERY');
  const [room, setRoom] = useState('');
  const [error, setError] = useState<string | null>(null);
  const bells = options.bellSchedules[0];
  const where = `${WEEKDAY_NAMES[weekday - 1]}, ${slot}-й урок`;
  if (!open) {
    return (
      <button type="button" className="button button--small button--ghost" onClick={() => setOpen(true)}
        aria-label={`Добавить урок: ${where}`}>+</button>
    );
  }
  async function submit() {
    if (!assignment || !bells) return setError('Выберите предмет и учителя');
    const result = await addEntry(fetchImpl, schoolId, {
      assignmentId: Number(assignment), weekday, weekKind, bellScheduleId: bells.id, slotNumber: slot,
      roomId: room ? Number(room) : null, validFrom: null,
    });
    if (!result.ok) return setError(result.message);
    setOpen(false);
    onAdded(`Урок добавлен (${where}); создано уроков в журнале: ${result.data.lessonsCreated}`);
  }
  const id = `add-${weekday}-${slot}`;
  return (
    <div className="timetable__form" role="group" aria-label={`Новый урок: ${where}`}>
      <label htmlFor={`${id}-a`} className="visually-hidden">Предмет и учитель</label>
      <select id={`${id}-a`} className="input select" value={assignment} onChange={(e) => setAssignment(e.target.value)}>
        <option value="">Предмет и учитель…</option>
        {options.assignments.map((a) => (
          <option key={a.id} value={a.id}>
            {[a.subject, a.group, a.stream ? `поток ${a.stream}` : null, a.teacher].filter(Boolean).join(' · ')}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-w`} className="visually-hidden">Недели</label>
      <select id={`${id}-w`} className="input select" value={weekKind} onChange={(e) => setWeekKind(e.target.value as WeekKind)}>
        {WEEK_KINDS.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
      </select>
      <label htmlFor={`${id}-r`} className="visually-hidden">Кабинет</label>
      <select id={`${id}-r`} className="input select" value={room} onChange={(e) => setRoom(e.target.value)}>
        <option value="">Без кабинета</option>
        {options.rooms.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
      </select>
      {options.assignments.length === 0 && (
        <p className="hint">У класса нет назначений учителей: сначала назначьте учителей по предметам.</p>
      )}
      {error && <p role="alert" className="field__error">{error}</p>}
      <div className="timetable__actions">
        <button type="button" className="button button--primary button--small" onClick={submit}>Добавить</button>
        <button type="button" className="button button--small" onClick={() => { setOpen(false); setError(null); }}>Отмена</button>
      </div>
    </div>
  );
}

function GenerateButton({ schoolId, yearId }: { schoolId: number; yearId: number }) {
  const fetchImpl = useFetch();
  const [message, setMessage] = useState<string | null>(null);
  async function generate() {
    setMessage('Создание уроков…');
    const result = await request<{ created: number }>(fetchImpl, `/api/v1/schools/${schoolId}/timetable/lessons/generate`, {
      method: 'POST', body: { yearId },
    });
    setMessage(result.ok ? `Создано уроков: ${result.data.created}` : result.message);
  }
  return (
    <>
      <button type="button" className="button" onClick={generate}>Создать уроки на год</button>
      {message && <span role="status" className="hint">{message}</span>}
    </>
  );
}
