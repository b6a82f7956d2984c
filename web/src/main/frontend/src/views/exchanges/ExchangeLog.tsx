import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { listExchanges, listRecordErrors, type Exchange } from '../../api/exchanges';
import { useResource } from '../../api/useResource';
import { InlineLoading } from '../Status';
import { CHANNEL_LABELS, dateTime, duration, STATUS_LABELS, SYSTEM_LABELS } from './words';

/** «Журнал обменов»: every exchange, newest first; the refused records of one open below it. */
export function ExchangeLog({ refreshKey }: { refreshKey: number }) {
  const fetchImpl = useFetch();
  const log = useResource((signal) => listExchanges(fetchImpl, signal), `exchanges-${refreshKey}`);
  const [open, setOpen] = useState<number | null>(null);

  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">Журнал обменов</h2>
      {log.failure && <div className="form-alert" role="alert">{log.failure.message}</div>}
      {log.data === null ? (
        <InlineLoading />
      ) : log.data.length === 0 ? (
        <p className="empty">
          Обменов ещё не было. Файлы реестра контингента загружаются из каталога обмена, изменения по запросу —
          по расписанию.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Начат</th>
                <th scope="col">Система</th>
                <th scope="col">Источник</th>
                <th scope="col">Состояние</th>
                <th scope="col">Получено</th>
                <th scope="col">Применено</th>
                <th scope="col">Повторы</th>
                <th scope="col">Отклонено</th>
                <th scope="col">Длительность</th>
                <th scope="col">Ошибка</th>
              </tr>
            </thead>
            <tbody>
              {log.data.map((exchange) => (
                <ExchangeRow key={exchange.id} exchange={exchange} open={open === exchange.id}
                  onToggle={() => setOpen(open === exchange.id ? null : exchange.id)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ExchangeRow({ exchange, open, onToggle }: { exchange: Exchange; open: boolean; onToggle: () => void }) {
  const direction = exchange.direction === 'IN' ? 'входящий' : 'исходящий';
  return (
    <>
      <tr>
        <td>{dateTime(exchange.startedAt)}</td>
        <td>
          {SYSTEM_LABELS[exchange.system] ?? exchange.system}, {direction}, {CHANNEL_LABELS[exchange.channel] ?? exchange.channel}
        </td>
        <td>{exchange.source ?? '—'}</td>
        <td>{STATUS_LABELS[exchange.status]}</td>
        <td>{exchange.received}</td>
        <td>{exchange.applied}</td>
        <td>{exchange.duplicates}</td>
        <td>
          {exchange.rejected > 0 ? (
            <button type="button" className="link-button" aria-expanded={open} onClick={onToggle}>
              {exchange.rejected} — {open ? 'скрыть' : 'причины'}
            </button>
          ) : (
            0
          )}
        </td>
        <td>{duration(exchange.durationMs)}</td>
        <td>{exchange.error ?? ''}</td>
      </tr>
      {open && (
        <tr>
          <td colSpan={10}>
            <RecordErrors id={exchange.id} />
          </td>
        </tr>
      )}
    </>
  );
}

function RecordErrors({ id }: { id: number }) {
  const fetchImpl = useFetch();
  const errors = useResource((signal) => listRecordErrors(fetchImpl, id, signal), `errors-${id}`);
  if (errors.failure) return <div className="form-alert" role="alert">{errors.failure.message}</div>;
  if (errors.data === null) return <InlineLoading />;
  return (
    <ul aria-label="Отклонённые записи">
      {errors.data.map((error, index) => (
        <li key={index}>
          Запись {error.recordId ?? 'без идентификатора'} ({error.kind ?? 'вид не указан'}): {error.reason}
        </li>
      ))}
    </ul>
  );
}
