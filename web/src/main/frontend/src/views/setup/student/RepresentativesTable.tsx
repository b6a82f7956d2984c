import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { endRepresentative, GUARDIAN_KIND_LABELS, type Representative, type StudentCard } from '../../../api/people';
import { shortDate } from '../calendar/calendarLogic';

/** The student's representatives, current and ended; a current one can be ended («Прекратить»). */
export function RepresentativesTable({ card, onEnded }: { card: StudentCard; onEnded: (r: Representative) => void }) {
  const fetchImpl = useFetch();
  const [error, setError] = useState('');
  if (card.representatives.length === 0) {
    return (
      <p className="empty empty--inline" role="status">
        Законных представителей пока нет. Добавьте родителя в форме ниже.
      </p>
    );
  }
  async function end(r: Representative) {
    const result = await endRepresentative(fetchImpl, card.personId, r.guardianshipId);
    if (result.ok) {
      setError('');
      onEnded(result.data);
    } else {
      setError(result.message);
    }
  }
  return (
    <>
      {error && <p className="form-alert" role="alert">{error}</p>}
      <div className="table-wrap table-wrap--always">
        <table className="table">
          <caption className="visually-hidden">Законные представители</caption>
          <thead>
            <tr>
              <th scope="col">ФИО</th>
              <th scope="col">Кем приходится</th>
              <th scope="col">Телефон</th>
              <th scope="col">Электронная почта</th>
              <th scope="col">Период</th>
              <th scope="col"><span className="visually-hidden">Действия</span></th>
            </tr>
          </thead>
          <tbody>
            {card.representatives.map((r) => (
              <tr key={r.guardianshipId}>
                <th scope="row">{r.displayName}</th>
                <td>{GUARDIAN_KIND_LABELS[r.kind] ?? r.kind}</td>
                <td>{r.phone ?? <span className="muted">—</span>}</td>
                <td>{r.email ?? <span className="muted">—</span>}</td>
                <td>с {shortDate(r.validFrom)}{r.validTo ? ` по ${shortDate(r.validTo)} (прекращено)` : ''}</td>
                <td>
                  {!r.validTo && (
                    <button type="button" className="link-button" onClick={() => void end(r)}>
                      Прекратить<span className="visually-hidden"> представительство: {r.displayName}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
