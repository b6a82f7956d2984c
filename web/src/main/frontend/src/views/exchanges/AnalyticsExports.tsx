import { useState, type FormEvent } from 'react';
import { useFetch } from '../../api/ApiContext';
import { analyticsFileUrl, listAnalyticsFiles, runAnalyticsExport } from '../../api/analytics';
import { useResource } from '../../api/useResource';
import { InlineLoading } from '../Status';
import { dateTime } from './words';

const DAY = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeZone: 'UTC' });

/**
 * «Выгрузки для аналитики»: the nightly depersonalised export files (CSV and JSON) to download, and a past date
 * exported again on request (its files are replaced).
 */
export function AnalyticsExports() {
  const fetchImpl = useFetch();
  const files = useResource((signal) => listAnalyticsFiles(fetchImpl, signal), 'analytics-exports');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(null);
    if (!date) {
      setError('Укажите дату');
      return;
    }
    setBusy(true);
    const result = await runAnalyticsExport(fetchImpl, date);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setDone(`Выгрузка за ${DAY.format(new Date(result.data.date))} записана: строк — ${result.data.rows}`);
    files.reload();
  }

  return (
    <section aria-labelledby="analytics-title">
      <h2 id="analytics-title">Выгрузки для аналитики</h2>
      <p>Обезличенные показатели по школам, классам и предметам; выгружаются каждую ночь за прошедший день.</p>
      <form className="form-row" onSubmit={run} noValidate>
        <label htmlFor="analytics-date">Дата</label>
        <input id="analytics-date" type="date" className="input input--short" value={date}
          onChange={(e) => setDate(e.target.value)} />
        <button type="submit" className="button button--secondary" disabled={busy}>Выгрузить заново</button>
      </form>
      {error && <div className="form-alert" role="alert">{error}</div>}
      {done && <p role="status">{done}</p>}
      {files.failure && <div className="form-alert" role="alert">{files.failure.message}</div>}
      {files.data === null ? (
        !files.failure && <InlineLoading />
      ) : files.data.length === 0 ? (
        <p>Выгрузок пока нет.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">Дата</th><th scope="col">Формат</th><th scope="col">Размер</th>
                <th scope="col">Записан</th><th scope="col">Файл</th></tr>
            </thead>
            <tbody>
              {files.data.map((file) => (
                <tr key={file.name}>
                  <td>{DAY.format(new Date(file.date))}</td>
                  <td>{file.format.toUpperCase()}</td>
                  <td>{file.size.toLocaleString('ru-RU')} Б</td>
                  <td>{dateTime(file.writtenAt)}</td>
                  <td><a href={analyticsFileUrl(file.name)} download={file.name}>Скачать</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
