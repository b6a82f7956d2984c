import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import {
  commitRollover, confirmCurriculum, previewRollover,
  type ClassChange, type RolloverPreview, type RolloverResult, type YearEndStatus,
} from '../../../api/yearEnd';
import { AppLink } from '../../../components/AppLink';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PATHS } from '../../../routing';
import { RolloverPreviewView } from './RolloverPreviewView';
import { YearEndDecisions } from './YearEndDecisions';
import { ruDate } from './yearEndText';

interface PanelProps {
  schoolId: number;
  status: YearEndStatus;
  onChanged: () => void;
}

/** «Перевод в следующий класс»: options, the preview with editable classes, then the commit, all or nothing. */
export function RolloverPanel({ schoolId, status, onChanged }: PanelProps) {
  if (status.rollover) return <RolloverDoneView schoolId={schoolId} status={status} onChanged={onChanged} />;
  return <RolloverForm schoolId={schoolId} status={status} onChanged={onChanged} />;
}

function RolloverForm({ schoolId, status, onChanged }: PanelProps) {
  const fetchImpl = useFetch();
  const [copyGroups, setCopyGroups] = useState(true);
  const [orderRef, setOrderRef] = useState('');
  const [changes, setChanges] = useState<Record<number, ClassChange>>({});
  const [preview, setPreview] = useState<RolloverPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<RolloverResult | null>(null);
  const body = (c = changes) => ({ copyGroups, orderRef, classes: Object.values(c) });

  async function show(c = changes) {
    setError(null);
    const result = await previewRollover(fetchImpl, schoolId, status.yearId, body(c));
    if (result.ok) setPreview(result.data);
    else setError(result.message);
  }

  async function commit() {
    setBusy(true);
    setError(null);
    const result = await commitRollover(fetchImpl, schoolId, status.yearId, body());
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setAsking(false);
    setDone(result.data);
    onChanged();
  }

  function change(next: ClassChange) {
    const updated = { ...changes, [next.fromClassId]: next };
    setChanges(updated);
    void show(updated);
  }

  return (
    <section className="subsection" aria-labelledby="rollover-title">
      <h2 id="rollover-title" className="section-title">Перевод в следующий класс</h2>
      <p className="note">
        Создаётся следующий учебный год с теми же отчётными периодами, классы переходят в следующую параллель с той же
        буквой и классным руководителем, 11 классы выпускаются. Сначала посмотрите, что будет создано.
      </p>
      {done && <p className="flash" role="status">Перевод выполнен: создан учебный год {done.label}.</p>}
      <div className="field">
        <label className="field__label" htmlFor="rollover-order">Приказ директора о переводе</label>
        <input id="rollover-order" className="input" value={orderRef} placeholder="№ 52-о от 31.05.2027"
          onChange={(e) => setOrderRef(e.target.value)} />
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={copyGroups} onChange={(e) => setCopyGroups(e.target.checked)} /> Перенести группы
          классов (и состав групп)
        </label>
      </div>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void show()}>
          {preview ? 'Обновить предпросмотр' : 'Показать, что будет создано'}
        </button>
      </div>
      {error && !asking && <p className="form-alert" role="alert">{error}</p>}
      {preview && (
        <>
          <YearEndDecisions schoolId={schoolId} status={status} preview={preview} onDecided={() => void show()} />
          <RolloverPreviewView schoolId={schoolId} preview={preview} changes={changes} onChange={change} />
          {!status.closed && <p className="note">Перевод выполняется после закрытия учебного года.</p>}
          <div className="actions">
            <button type="button" className="button button--primary" disabled={!status.closed} onClick={() => setAsking(true)}>
              Выполнить перевод
            </button>
          </div>
        </>
      )}
      <ConfirmDialog open={asking} title={`Создать учебный год ${preview?.nextYear.label ?? ''}?`} confirmLabel="Выполнить перевод"
        busy={busy} error={error} onConfirm={commit} onCancel={() => { setAsking(false); setError(null); }}>
        <p>
          Будут созданы учебный год и классы, обучающиеся переведены, выпускники отчислены. Повторный перевод ничего не
          создаст заново.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function RolloverDoneView({ schoolId, status, onChanged }: PanelProps) {
  const fetchImpl = useFetch();
  const [error, setError] = useState<string | null>(null);
  const done = status.rollover!;

  async function confirm() {
    const result = await confirmCurriculum(fetchImpl, schoolId, done.toYearId);
    if (result.ok) onChanged();
    else setError(result.message);
  }

  return (
    <section className="subsection" aria-labelledby="rollover-title">
      <h2 id="rollover-title" className="section-title">Перевод в следующий класс</h2>
      <p className="note" role="status">
        Перевод выполнен {ruDate(done.committedAt)}{done.orderRef ? ` (приказ ${done.orderRef})` : ''}: создано классов —{' '}
        {done.classesCreated}, переведено обучающихся — {done.studentsMoved}, выпускников — {done.graduates}.
        {' '}Скопировано назначений учителей — {done.assignmentsCopied ?? 0}, потоков — {done.streamsCopied ?? 0}, записей
        расписания — {done.timetableEntriesCopied ?? 0} (уроки нового года ещё не сформированы).
      </p>
      <div className="actions">
        <AppLink className="button button--secondary" href={PATHS.schoolYearEnd(schoolId, done.toYearId)}>
          Открыть следующий учебный год
        </AppLink>
      </div>
      {done.curriculumDraft ? (
        <>
          <p className="note">Учебный план нового года скопирован как черновик: проверьте его на шаге «Предметы» настройки школы.</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void confirm()}>Учебный план проверен</button>
          </div>
        </>
      ) : (
        <p className="note">Учебный план нового года проверен.</p>
      )}
      {error && <p className="form-alert" role="alert">{error}</p>}
    </section>
  );
}
