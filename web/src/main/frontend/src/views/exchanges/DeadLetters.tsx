import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { decideDeadLetter, listDeadLetters, type DeadLetter } from '../../api/exchanges';
import { useResource } from '../../api/useResource';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';
import { InlineLoading } from '../Status';
import { dateTime, LETTER_LABELS, ROUTE_LABELS } from './words';

interface Decision {
  letter: DeadLetter;
  action: 'retry' | 'discard';
}

/**
 * «Недоставленные сообщения»: messages that failed after every redelivery. A waiting one is sent to its
 * route again or discarded, always with a reason; the decided ones stay listed with it.
 */
export function DeadLetters({ onDecided }: { onDecided: () => void }) {
  const fetchImpl = useFetch();
  const letters = useResource((signal) => listDeadLetters(fetchImpl, signal), 'dead-letters');
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function ask(letter: DeadLetter, action: Decision['action']) {
    setDecision({ letter, action });
    setReason('');
    setError(null);
  }

  async function confirm() {
    if (!decision) return;
    if (!reason.trim()) {
      setError('Укажите причину');
      return;
    }
    setBusy(true);
    const result = await decideDeadLetter(fetchImpl, decision.action, decision.letter.id, reason.trim());
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setDecision(null);
    letters.reload();
    onDecided();
  }

  return (
    <section aria-labelledby="dead-title">
      <h2 id="dead-title">Недоставленные сообщения</h2>
      {letters.failure && <div className="form-alert" role="alert">{letters.failure.message}</div>}
      {letters.data === null ? (
        <InlineLoading />
      ) : letters.data.length === 0 ? (
        <p className="empty">Недоставленных сообщений нет: все сообщения обработаны.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Когда</th>
                <th scope="col">Маршрут</th>
                <th scope="col">Источник</th>
                <th scope="col">Причина сбоя</th>
                <th scope="col">Состояние</th>
                <th scope="col">Действие</th>
              </tr>
            </thead>
            <tbody>
              {letters.data.map((letter) => (
                <tr key={letter.id}>
                  <td>{dateTime(letter.failedAt)}</td>
                  <td>{(letter.routeId && ROUTE_LABELS[letter.routeId]) ?? letter.routeId ?? '—'}</td>
                  <td>{letter.source ?? '—'} ({letter.size} симв.)</td>
                  <td>{letter.failure ?? '—'}</td>
                  <td>
                    {LETTER_LABELS[letter.status]}
                    {letter.reason && <> — «{letter.reason}», {dateTime(letter.resolvedAt)}</>}
                  </td>
                  <td>
                    {letter.status === 'WAITING' && (
                      <>
                        <button type="button" className="button button--secondary" onClick={() => ask(letter, 'retry')}>
                          Повторить
                        </button>{' '}
                        <button type="button" className="button button--secondary" onClick={() => ask(letter, 'discard')}>
                          Отклонить
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={decision !== null}
        title={decision?.action === 'retry' ? 'Отправить сообщение повторно?' : 'Отклонить сообщение?'}
        confirmLabel={decision?.action === 'retry' ? 'Повторить' : 'Отклонить'}
        busy={busy}
        error={error}
        onConfirm={confirm}
        onCancel={() => setDecision(null)}
      >
        <p>
          {decision?.action === 'retry'
            ? 'Сообщение будет снова передано маршруту. Уже применённые записи не изменятся.'
            : 'Сообщение будет снято с очереди без обработки и сохранено с причиной.'}
        </p>
        <TextField id="dead-letter-reason" label="Причина" required value={reason} onValue={setReason} />
      </ConfirmDialog>
    </section>
  );
}
