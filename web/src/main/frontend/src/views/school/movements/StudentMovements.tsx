import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import type { SchoolClass } from '../../../api/classes';
import { getMovementHistory, MOVEMENT_LABELS, recordMovement } from '../../../api/movements';
import { useResource } from '../../../api/useResource';
import { InlineLoading } from '../../Status';
import { today } from '../../timetable/schools';
import { ruDate } from '../yearend/yearEndText';

interface StudentProps {
  personId: number;
  classes: SchoolClass[];
  onMoved: () => void;
}

/** A student's movement history and the two movements of the journal administrator: a transfer, leaving the school. */
export function StudentMovements({ personId, classes, onMoved }: StudentProps) {
  const fetchImpl = useFetch();
  const history = useResource((signal) => getMovementHistory(fetchImpl, personId, signal), String(personId));
  const [kind, setKind] = useState<'TRANSFER' | 'LEAVE'>('TRANSFER');
  const [toClassId, setToClassId] = useState('');
  const [date, setDate] = useState(today());
  const [orderRef, setOrderRef] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  if (history.data === null) return history.failure ? <p className="form-alert" role="alert">{history.failure.message}</p> : <InlineLoading />;
  const h = history.data;
  const targets = classes.filter((c) => c.id !== h.currentClassId);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (kind === 'TRANSFER' && !toClassId) {
      setError('Выберите класс, в который переводится обучающийся.');
      return;
    }
    setSaving(true);
    setError(null);
    const result = await recordMovement(fetchImpl, personId, {
      kind, date, toClassId: kind === 'TRANSFER' ? Number(toClassId) : null, orderRef: orderRef.trim(),
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setMessage(kind === 'TRANSFER' ? 'Перевод записан.' : 'Выбытие записано.');
    setOrderRef('');
    history.reload();
    onMoved();
  }

  return (
    <section className="subsection" aria-labelledby="student-movements">
      <h2 id="student-movements" className="section-title">{h.displayName}</h2>
      <p className="note">{h.currentClassName ? `Сейчас в классе ${h.currentClassName}.` : 'Сейчас не числится ни в одном классе.'}</p>
      {message && <p className="flash" role="status">{message}</p>}
      <div className="table-wrap">
        <table className="table">
          <caption>История движения</caption>
          <thead>
            <tr><th scope="col">С даты</th><th scope="col">Движение</th><th scope="col">Класс</th><th scope="col">Группа</th><th scope="col">Приказ</th></tr>
          </thead>
          <tbody>
            {h.events.map((e) => (
              <tr key={e.id}>
                <td>{ruDate(e.date)}</td>
                <td>{MOVEMENT_LABELS[e.kind] ?? e.kind}</td>
                <td>{e.className} ({e.yearLabel})</td>
                <td>{e.groupName ?? '—'}</td>
                <td>{e.orderRef ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="field">
          <legend className="field__label">Движение</legend>
          <label><input type="radio" name="movement-kind" checked={kind === 'TRANSFER'} onChange={() => setKind('TRANSFER')} /> Перевод в другой класс</label>{' '}
          <label><input type="radio" name="movement-kind" checked={kind === 'LEAVE'} onChange={() => setKind('LEAVE')} /> Выбытие из школы</label>
        </fieldset>
        {kind === 'TRANSFER' && (
          <div className="field">
            <label className="field__label" htmlFor="movement-to">В класс</label>
            <select id="movement-to" className="input select input--short" value={toClassId} onChange={(e) => setToClassId(e.target.value)}>
              <option value="">Выберите класс</option>
              {targets.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor="movement-date">С даты</label>
          <input id="movement-date" type="date" className="input input--short" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="movement-order">Основание: приказ, причина</label>
          <input id="movement-order" className="input" value={orderRef} maxLength={200}
            placeholder="№ 140-у от 18.11.2026, перевод по заявлению родителей" onChange={(e) => setOrderRef(e.target.value)} />
        </div>
        {error && <p className="form-alert" role="alert">{error}</p>}
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Сохранение…' : kind === 'TRANSFER' ? 'Перевести' : 'Оформить выбытие'}
        </button>
      </form>
    </section>
  );
}
