import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { closeYear, type YearEndStatus } from '../../../api/yearEnd';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ruDate } from './yearEndText';

/** Closing the year: what keeps it open (classes and subjects without confirmed year marks), then the irreversible close. */
export function YearClosePanel({ schoolId, status, onChanged }: { schoolId: number; status: YearEndStatus; onChanged: () => void }) {
  const fetchImpl = useFetch();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function close() {
    setBusy(true);
    setError(null);
    const result = await closeYear(fetchImpl, schoolId, status.yearId);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setAsking(false);
    onChanged();
  }

  return (
    <section className="subsection" aria-labelledby="close-title">
      <h2 id="close-title" className="section-title">Закрытие учебного года {status.label}</h2>
      {status.closed ? (
        <p className="note" role="status">
          Учебный год закрыт {ruDate(status.closedAt)}. Журнал за этот год доступен только для чтения.
        </p>
      ) : status.blockers.length > 0 ? (
        <>
          <p className="note">
            Год можно закрыть, когда у всех обучающихся есть подтверждённые годовые отметки. Не хватает:
          </p>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr><th scope="col">Класс</th><th scope="col">Предмет</th><th scope="col">Нет подтверждённой годовой отметки</th></tr>
              </thead>
              <tbody>
                {status.blockers.map((b) => (
                  <tr key={`${b.classId}-${b.subjectId}`}>
                    <td>{b.className}</td>
                    <td>{b.subjectName}</td>
                    <td>{b.missing} из {b.students}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="note">Все годовые отметки подтверждены: год можно закрыть.</p>
      )}
      {!status.closed && (
        <div className="actions">
          <button type="button" className="button button--primary" disabled={status.blockers.length > 0}
            onClick={() => setAsking(true)}>
            Закрыть учебный год
          </button>
        </div>
      )}
      <ConfirmDialog open={asking} title={`Закрыть учебный год ${status.label}?`} confirmLabel="Закрыть год" busy={busy}
        error={error} onConfirm={close} onCancel={() => { setAsking(false); setError(null); }}>
        <p>После закрытия отметки, посещаемость, темы и итоговые отметки этого года изменить будет нельзя. Это действие необратимо.</p>
      </ConfirmDialog>
    </section>
  );
}
