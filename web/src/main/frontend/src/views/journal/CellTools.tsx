import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import {
  ATTENDANCE_LETTERS, ATTENDANCE_TITLES, getHistory, requestChange, type AttendanceCode, type HistoryEntry, type WorkKind,
} from '../../api/journal';
import type { CellValue } from './gridState';

interface CellToolsProps {
  lessonId: number;
  studentId: number;
  studentName: string;
  cell: CellValue;
  /** Why the cell is locked now, if it is. */
  lock: string | null;
  /** The lesson day has passed: attendance changes only through a request. */
  attendanceRequestable: boolean;
  kinds: WorkKind[];
}

/**
 * Under the grid: the current cell's lock reason with «Запросить исправление» (of the mark, or of the attendance
 * after the lesson day), and its history.
 */
export function CellTools({ lessonId, studentId, studentName, cell, lock, attendanceRequestable, kinds }: CellToolsProps) {
  const fetchImpl = useFetch();
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [asking, setAsking] = useState<'MARK' | 'ATTENDANCE' | null>(null);
  const [code, setCode] = useState<AttendanceCode | ''>(cell.attendance ?? '');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const mark = cell.marks.find((m) => m.position === 1);

  const showHistory = async () => {
    const result = await getHistory(fetchImpl, lessonId, studentId);
    if (result.ok) setHistory(result.data);
    else setMessage(result.message);
  };

  const sendAttendance = async () => {
    const result = await requestChange(fetchImpl, lessonId, {
      studentId, position: 0, value: null, value2: null, workKindId: null, reason, cell: 'ATTENDANCE',
      attendance: code || null,
    });
    setMessage(result.ok ? 'Запрос отправлен администратору журнала.' : result.message);
    if (result.ok) setAsking(null);
  };

  const send = async () => {
    const match = /^([2-5])(?:\/([2-5]))?$/.exec(value.trim());
    if (value.trim() && !match) {
      setMessage('Отметка — цифра 2–5 или двойная, например 5/4; пусто — удалить отметку');
      return;
    }
    const result = await requestChange(fetchImpl, lessonId, {
      studentId,
      position: 1,
      value: match ? Number(match[1]) : null,
      value2: match?.[2] ? Number(match[2]) : null,
      workKindId: match ? mark?.workKindId ?? kinds[0]?.id ?? null : null,
      reason,
    });
    setMessage(result.ok ? 'Запрос отправлен администратору журнала.' : result.message);
    if (result.ok) setAsking(null);
  };

  return (
    <section className="cell-tools" aria-label={`Ячейка: ${studentName}`}>
      <p className="cell-tools__who">{studentName}</p>
      {lock && <p className="cell-tools__lock">{lock}</p>}
      <div className="cell-tools__actions">
        <button type="button" className="button button--small button--secondary" onClick={() => void showHistory()}>
          История ячейки
        </button>
        {lock && mark && !asking && (
          <button type="button" className="button button--small button--secondary" onClick={() => setAsking('MARK')}>
            Запросить исправление
          </button>
        )}
        {attendanceRequestable && !asking && (
          <button type="button" className="button button--small button--secondary" onClick={() => setAsking('ATTENDANCE')}>
            Исправить посещаемость
          </button>
        )}
      </div>
      {asking === 'ATTENDANCE' && (
        <form className="cell-tools__request" onSubmit={(e) => { e.preventDefault(); void sendAttendance(); }}>
          <label className="field__label" htmlFor="request-attendance">Посещаемость</label>
          <select id="request-attendance" className="input input--short" value={code}
            onChange={(e) => setCode(e.target.value as AttendanceCode | '')}>
            <option value="">был на уроке</option>
            {(Object.keys(ATTENDANCE_LETTERS) as AttendanceCode[]).map((c) => (
              <option key={c} value={c}>{ATTENDANCE_LETTERS[c]} — {ATTENDANCE_TITLES[c]}</option>
            ))}
          </select>
          <label className="field__label" htmlFor="request-reason">Причина</label>
          <input id="request-reason" className="input" value={reason} onChange={(e) => setReason(e.target.value)} required />
          <button type="submit" className="button button--primary button--small">Отправить запрос</button>
        </form>
      )}
      {asking === 'MARK' && (
        <form className="cell-tools__request" onSubmit={(e) => { e.preventDefault(); void send(); }}>
          <label className="field__label" htmlFor="request-value">Новая отметка (пусто — удалить)</label>
          <input id="request-value" className="input input--short" value={value} onChange={(e) => setValue(e.target.value)} />
          <label className="field__label" htmlFor="request-reason">Причина</label>
          <input id="request-reason" className="input" value={reason} onChange={(e) => setReason(e.target.value)} required />
          <button type="submit" className="button button--primary button--small">Отправить запрос</button>
        </form>
      )}
      {message && <p className="note" role="status">{message}</p>}
      {history && (
        <table className="cell-tools__history">
          <thead><tr><th>Когда</th><th>Было</th><th>Стало</th><th>Кто</th><th>Причина</th><th>Разрешил</th></tr></thead>
          <tbody>
            {history.length === 0 && <tr><td colSpan={6}>Изменений не было</td></tr>}
            {history.map((h, i) => (
              <tr key={i}>
                <td>{new Date(h.changedAt).toLocaleString('ru-RU')}</td>
                <td>{h.oldValue ?? '—'}</td>
                <td>{h.newValue ?? '—'}</td>
                <td>{h.changedByName ?? '—'}</td>
                <td>{h.reason ?? ''}</td>
                <td>{h.approvedByName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
