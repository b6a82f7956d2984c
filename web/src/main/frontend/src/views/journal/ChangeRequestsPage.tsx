import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import {
  ATTENDANCE_LETTERS, decideChangeRequest, listChangeRequests, type AttendanceCode, type ChangeRequestItem,
} from '../../api/journal';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { PATHS } from '../../routing';
import { FailurePage, Loading, NotFound } from '../Status';
import { idParam, ruDate, type MySchool } from './JournalSection';

const STATES = { PENDING: 'Ожидают решения', APPROVED: 'Одобренные', REFUSED: 'Отклонённые' } as const;

/**
 * The journal administrator's change requests of marks and attendance: approve (the cell changes) or refuse with
 * a reason.
 */
export function ChangeRequestsPage({ search, schools }: { search: string; schools: MySchool[] }) {
  const fetchImpl = useFetch();
  const schoolId = idParam(search, 'school') ?? schools.find((s) => s.positions.includes('JOURNAL_ADMIN'))?.schoolId ?? null;
  const [state, setState] = useState<keyof typeof STATES>('PENDING');
  const list = useResource((signal) => listChangeRequests(fetchImpl, schoolId ?? 0, state, signal), `${schoolId}:${state}`);
  const [message, setMessage] = useState<string | null>(null);
  if (schoolId === null) return <NotFound message="Не выбрана школа." />;
  if (list.failure && list.data === null) {
    return <FailurePage failure={list.failure} section="Журнал" role="администратора журнала" onRetry={list.reload} />;
  }
  if (list.data === null) return <Loading />;

  const decide = async (item: ChangeRequestItem, approve: boolean, reason?: string) => {
    const result = await decideChangeRequest(fetchImpl, item.id, approve, reason);
    setMessage(result.ok ? (approve ? 'Исправление внесено в журнал.' : 'Запрос отклонён.') : result.message);
    list.reload();
  };

  return (
    <Page title="Запросы на исправление отметок и посещаемости" eyebrow="Журнал · администратор" wide
      back={<AppLink className="back-link" href={PATHS.journal}><span aria-hidden="true">←</span>Журнал</AppLink>}>
      <div className="journal-grid__toolbar" role="group" aria-label="Состояние запросов">
        {(Object.keys(STATES) as (keyof typeof STATES)[]).map((s) => (
          <button key={s} type="button" aria-pressed={s === state}
            className={s === state ? 'button button--small button--primary' : 'button button--small button--secondary'}
            onClick={() => setState(s)}>{STATES[s]}</button>
        ))}
      </div>
      {message && <p className="note" role="status">{message}</p>}
      {list.data.length === 0 ? <p className="note">Запросов нет.</p> : (
        <ul className="change-requests">
          {list.data.map((item) => <RequestCard key={item.id} item={item} onDecide={decide} />)}
        </ul>
      )}
    </Page>
  );
}

function mark(value?: number | null, value2?: number | null) {
  return value ? (value2 ? `${value}/${value2}` : String(value)) : 'нет отметки';
}

function attendance(code?: AttendanceCode | null) {
  return code ? ATTENDANCE_LETTERS[code] : 'был на уроке';
}

function RequestCard({ item, onDecide }: { item: ChangeRequestItem; onDecide: (i: ChangeRequestItem, a: boolean, r?: string) => void }) {
  const [refusal, setRefusal] = useState('');
  return (
    <li className="change-requests__item" data-testid={`request-${item.id}`}>
      <p><strong>{item.studentName}</strong> · {item.className} · {item.subjectName} · урок {ruDate(item.lessonDate)}</p>
      {item.cell === 'ATTENDANCE' ? (
        <p>Посещаемость: было {attendance(item.currentCode)} → просят: {attendance(item.requestedCode)}</p>
      ) : (
        <p>Было: {mark(item.currentValue, item.currentValue2)} → просят: {item.requestedValue ? mark(item.requestedValue, item.requestedValue2) : 'удалить отметку'}</p>
      )}
      <p>Причина: {item.reason}{item.requestedByName ? ` · ${item.requestedByName}` : ''}</p>
      {item.state === 'PENDING' ? (
        <div className="change-requests__actions">
          <button type="button" className="button button--small button--primary" onClick={() => onDecide(item, true)}>Одобрить</button>
          <input aria-label="Причина отказа" className="input" placeholder="Причина отказа" value={refusal}
            onChange={(e) => setRefusal(e.target.value)} />
          <button type="button" className="button button--small button--secondary" onClick={() => onDecide(item, false, refusal)}>
            Отклонить
          </button>
        </div>
      ) : (
        <p className="note">{item.state === 'APPROVED' ? 'Одобрен' : `Отклонён: ${item.decisionReason ?? ''}`}
          {item.decidedByName ? ` · ${item.decidedByName}` : ''}</p>
      )}
    </li>
  );
}
