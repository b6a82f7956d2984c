import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { CONSENT_PURPOSE_LABELS, withdrawConsent, type StudentCard } from '../../../api/people';
import { shortDate } from '../calendar/calendarLogic';

/** The consents about the student, newest first; one in force can be withdrawn («Отозвать»). */
export function ConsentsTable({ card, onWithdrawn }: { card: StudentCard; onWithdrawn: () => void }) {
  const fetchImpl = useFetch();
  const [error, setError] = useState('');
  if (card.consents.length === 0) {
    return (
      <p className="empty empty--inline" role="status">
        Согласий пока нет. Запишите согласие, подписанное законным представителем, в форме ниже.
      </p>
    );
  }
  async function withdraw(consentId: number) {
    const result = await withdrawConsent(fetchImpl, card.personId, consentId);
    if (result.ok) {
      setError('');
      onWithdrawn();
    } else {
      setError(result.message);
    }
  }
  return (
    <>
      {error && <p className="form-alert" role="alert">{error}</p>}
      <div className="table-wrap table-wrap--always">
        <table className="table">
          <caption className="visually-hidden">Согласия на обработку персональных данных</caption>
          <thead>
            <tr>
              <th scope="col">Цель</th>
              <th scope="col">Кто дал</th>
              <th scope="col">Дата</th>
              <th scope="col">Документ</th>
              <th scope="col">Состояние</th>
              <th scope="col"><span className="visually-hidden">Действия</span></th>
            </tr>
          </thead>
          <tbody>
            {card.consents.map((c) => (
              <tr key={c.id}>
                <th scope="row">{CONSENT_PURPOSE_LABELS[c.purpose] ?? c.purpose}</th>
                <td>{c.givenByName}</td>
                <td>{shortDate(c.givenOn)}</td>
                <td>{c.documentRef ?? <span className="muted">—</span>}</td>
                <td>{c.withdrawnOn ? `Отозвано ${shortDate(c.withdrawnOn)}` : 'Действует'}</td>
                <td>
                  {!c.withdrawnOn && (
                    <button type="button" className="link-button" onClick={() => void withdraw(c.id)}>
                      Отозвать<span className="visually-hidden"> согласие: {CONSENT_PURPOSE_LABELS[c.purpose]}</span>
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
