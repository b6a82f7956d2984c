import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useFetch } from '../../api/ApiContext';
import { getGrid, type JournalGridData } from '../../api/journal';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { FailurePage, Loading, NotFound } from '../Status';
import { CellTools } from './CellTools';
import { FinalCell } from './FinalCell';
import { attendanceLock, cellAt, cellText, handleKey, initialState, markLock, rowAverage, type GridState } from './gridState';
import { idParam, ruDate } from './JournalSection';
import { useColumnSaves, type SaveStatus } from './useColumnSaves';

/** The journal grid page: `?classId=&subjectId=&groupId=&periodId=`. */
export function GridPage({ search }: { search: string }) {
  const fetchImpl = useFetch();
  const classId = idParam(search, 'classId');
  const subjectId = idParam(search, 'subjectId');
  const groupId = idParam(search, 'groupId');
  const periodId = idParam(search, 'periodId');
  const grid = useResource(
    (signal) => getGrid(fetchImpl, { classId: classId ?? 0, subjectId: subjectId ?? 0, groupId, periodId }, signal),
    search,
  );
  if (classId === null || subjectId === null) return <NotFound message="Выберите класс и предмет на странице «Мои уроки»." />;
  if (grid.failure && grid.data === null) {
    return <FailurePage failure={grid.failure} section="Журнал" role="учителя этого класса" onRetry={grid.reload} />;
  }
  if (grid.data === null) return <Loading />;
  return <Grid key={`${search}#${grid.data.period.id}`} data={grid.data} groupId={groupId} onReload={grid.reload} />;
}

function Grid({ data, groupId, onReload }: { data: JournalGridData; groupId: number | null; onReload: () => void }) {
  const fetchImpl = useFetch();
  const [state, setStateRaw] = useState<GridState>(() => initialState(data));
  const stateRef = useRef<GridState | null>(state);
  const setState = (update: (s: GridState) => GridState) => setStateRaw((s) => (stateRef.current = update(s)));
  const saves = useColumnSaves(fetchImpl, stateRef, setState);
  const [notice, setNotice] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);

  useEffect(() => {
    table.current?.querySelector<HTMLElement>('[data-cursor="true"]')?.focus({ preventScroll: false });
  }, [state.cursor]);

  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const outcome = handleKey(state, event.key);
    if (!outcome.handled) return;
    event.preventDefault();
    stateRef.current = outcome.state;
    setStateRaw(outcome.state);
    setNotice(outcome.refused ?? null);
    if (outcome.changedLesson) saves.changed(outcome.changedLesson);
  };

  const { row, col } = state.cursor;
  const current = cellAt(state, row, col);
  const column = state.columns[col];
  const student = data.students[row];
  const lock = column ? markLock(state, col, current) ?? attendanceLock(state, col) : null;

  return (
    <Page title={`${data.className} · ${data.subjectName}`} eyebrow="Журнал" wide
      back={<AppLink className="back-link" href={PATHS.journal}><span aria-hidden="true">←</span>Мои уроки</AppLink>}
      actions={<SaveState status={saves.status} onRetry={saves.retry} onReload={onReload} />}>
      <div className="journal-grid__toolbar">
        <label className="field__label" htmlFor="grid-period">Период</label>
        <select id="grid-period" className="input input--short" value={data.period.id}
          onChange={(e) => navigate(PATHS.journalGrid({ classId: data.classId, subjectId: data.subjectId, groupId,
            periodId: Number(e.target.value) }))}>
          {data.periods.map((p) => <option key={p.id} value={p.id}>{p.number}-й период ({ruDate(p.startsOn)}–{ruDate(p.endsOn)})</option>)}
        </select>
        <p className="note">Цифры 2–5 — отметка, «/» — двойная, н/б/у — посещаемость, Delete — очистить, стрелки и Enter — переход.</p>
      </div>
      {data.lessons.length === 0 ? <p className="note">В этом периоде уроков нет.</p> : (
        <div className="journal-grid__scroll">
          <table className="journal-grid" ref={table} onKeyDown={onKey} aria-label="Журнал: ученики и уроки">
            <thead>
              <tr>
                <th scope="col" className="journal-grid__name">Ученик</th>
                {state.columns.map((c) => (
                  <th key={c.id} scope="col" className={c.state === 'CANCELLED' ? 'journal-grid__date journal-grid__date--cancelled' : 'journal-grid__date'}>
                    <AppLink href={PATHS.journalLesson(c.id)} title={c.topic ?? 'Тема не записана'}>{ruDate(c.date).slice(0, 5)}</AppLink>
                  </th>
                ))}
                <th scope="col">Ср. балл</th>
                <th scope="col">Итог</th>
              </tr>
            </thead>
            <tbody>
              {data.students.map((s, r) => (
                <tr key={s.studentId}>
                  <th scope="row" className="journal-grid__name">{s.name}</th>
                  {state.columns.map((c, k) => {
                    const cell = cellAt(state, r, k);
                    const here = r === row && k === col;
                    const locked = markLock(state, k, cell) !== null;
                    return (
                      <td key={c.id} tabIndex={here ? 0 : -1} data-cursor={here} data-testid={`cell-${s.studentId}-${c.id}`}
                        className={`journal-grid__cell${here ? ' journal-grid__cell--cursor' : ''}${locked ? ' journal-grid__cell--locked' : ''}`}
                        title={locked ? markLock(state, k, cell) ?? '' : ''}
                        onClick={() => setState((st) => ({ ...st, cursor: { row: r, col: k }, pendingDouble: null }))}>
                        {cellText(cell)}
                      </td>
                    );
                  })}
                  <td className="journal-grid__average">{rowAverage(state, r)?.toFixed(2) ?? '—'}</td>
                  <td className="journal-grid__final">
                    <FinalCell row={s} data={data} groupId={groupId} onDecided={onReload} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {notice && <p className="form-alert" role="alert">{notice}</p>}
      {column && student && (
        <CellTools lessonId={column.id} studentId={student.studentId} studentName={student.name} cell={current}
          lock={lock} kinds={data.workKinds}
          attendanceRequestable={column.canWrite && column.state !== 'CANCELLED' && !data.period.closed
            && column.date < todayIso() && attendanceLock(state, col) !== null} />
      )}
    </Page>
  );
}

/** Today on this device as yyyy-MM-dd; the server checks the lesson day in the region's time zone. */
function todayIso() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function SaveState({ status, onRetry, onReload }: { status: SaveStatus; onRetry: () => void; onReload: () => void }) {
  if (status.kind === 'saving') return <p className="save-state" role="status">Сохранение…</p>;
  if (status.kind === 'saved') return <p className="save-state save-state--ok" role="status">Сохранено</p>;
  if (status.kind === 'error') {
    return (
      <div className="save-state save-state--error" role="alert">
        <span>Ошибка — {status.message}</span>
        <button type="button" className="button button--small button--secondary" onClick={onRetry}>Повторить</button>
        <button type="button" className="button button--small button--secondary" onClick={onReload}>Обновить журнал</button>
      </div>
    );
  }
  return <p className="save-state" role="status" />;
}
