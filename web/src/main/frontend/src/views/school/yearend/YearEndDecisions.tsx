import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { getClass, listClasses } from '../../../api/classes';
import { useResource } from '../../../api/useResource';
import { decideYearEnd, type RolloverPreview, type YearEndDecision, type YearEndStatus } from '../../../api/yearEnd';
import { InlineLoading } from '../../Status';

interface DecisionsProps {
  schoolId: number;
  status: YearEndStatus;
  preview: RolloverPreview;
  onDecided: () => void;
}

type Choice = YearEndDecision | 'PROMOTED';

const CHOICES: ReadonlyArray<readonly [Choice, string]> = [
  ['PROMOTED', 'Переводится'], ['RETAINED', 'Оставлен на повторное обучение'], ['LEAVES', 'Выбывает по окончании года'],
];

/** Year-end decisions by the director's order, per student of a chosen class (the list on the year's last day). */
export function YearEndDecisions({ schoolId, status, preview, onDecided }: DecisionsProps) {
  const fetchImpl = useFetch();
  const classes = useResource((signal) => listClasses(fetchImpl, schoolId, status.yearId, signal), `${schoolId}/${status.yearId}`);
  const [classId, setClassId] = useState<number | null>(null);
  const [orderRef, setOrderRef] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decided = new Map<number, Choice>();
  preview.retained.forEach((w) => decided.set(w.personId, 'RETAINED'));
  preview.leaving.forEach((w) => decided.set(w.personId, 'LEAVES'));

  async function decide(personId: number, choice: Choice) {
    setError(null);
    const result = await decideYearEnd(fetchImpl, schoolId, status.yearId, personId, choice === 'PROMOTED' ? null : choice, orderRef);
    if (result.ok) onDecided();
    else setError(result.message);
  }

  return (
    <details className="subsection">
      <summary>Решения по обучающимся: оставить на повторное обучение, выбытие после года</summary>
      <div className="field">
        <label className="field__label" htmlFor="decision-class">Класс</label>
        <select id="decision-class" className="input select input--short" value={classId ?? ''}
          onChange={(e) => setClassId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">Выберите класс</option>
          {(classes.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="decision-order">Приказ (основание решения)</label>
        <input id="decision-order" className="input" value={orderRef} onChange={(e) => setOrderRef(e.target.value)} />
      </div>
      {error && <p className="form-alert" role="alert">{error}</p>}
      {classId !== null && (
        <ClassDecisions key={classId} classId={classId} date={status.endsOn} decided={decided} onDecide={decide} />
      )}
    </details>
  );
}

function ClassDecisions({ classId, date, decided, onDecide }: {
  classId: number;
  date: string;
  decided: Map<number, Choice>;
  onDecide: (personId: number, choice: Choice) => void;
}) {
  const fetchImpl = useFetch();
  const roster = useResource((signal) => getClass(fetchImpl, classId, date, signal), `${classId}/${date}`);
  if (roster.data === null) return roster.failure ? <p className="form-alert" role="alert">{roster.failure.message}</p> : <InlineLoading />;
  if (roster.data.students.length === 0) return <p className="note">На конец года в классе нет обучающихся.</p>;
  return (
    <ul className="list">
      {roster.data.students.map((s) => (
        <li key={s.personId}>
          <label htmlFor={`decision-${s.personId}`}>{s.displayName}</label>{' '}
          <select id={`decision-${s.personId}`} className="input select input--short" value={decided.get(s.personId) ?? 'PROMOTED'}
            onChange={(e) => onDecide(s.personId, e.target.value as Choice)}>
            {CHOICES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </li>
      ))}
    </ul>
  );
}
