import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { listRoutes, switchRoute } from '../../api/exchanges';
import { useResource } from '../../api/useResource';
import { InlineLoading } from '../Status';
import { ROUTE_LABELS, ROUTE_STATE_LABELS } from './words';

/** «Маршруты»: each route's state; a running one can be paused and a paused one resumed. */
export function RoutesPanel() {
  const fetchImpl = useFetch();
  const routes = useResource((signal) => listRoutes(fetchImpl, signal), 'routes');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function toggle(id: string, action: 'pause' | 'resume') {
    setBusy(id);
    setError(null);
    const result = await switchRoute(fetchImpl, id, action);
    setBusy(null);
    if (!result.ok) setError(result.message);
    routes.reload();
  }

  return (
    <section aria-labelledby="routes-title">
      <h2 id="routes-title">Маршруты</h2>
      {error && <div className="form-alert" role="alert">{error}</div>}
      {routes.failure && <div className="form-alert" role="alert">{routes.failure.message}</div>}
      {routes.data === null ? (
        <InlineLoading />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">Маршрут</th><th scope="col">Состояние</th><th scope="col">Действие</th></tr>
            </thead>
            <tbody>
              {routes.data.map((route) => (
                <tr key={route.id}>
                  <td>{ROUTE_LABELS[route.id] ?? route.id}</td>
                  <td>{ROUTE_STATE_LABELS[route.state] ?? route.state}</td>
                  <td>
                    {route.state === 'Started' && (
                      <button type="button" className="button button--secondary" disabled={busy === route.id}
                        onClick={() => toggle(route.id, 'pause')}>
                        Приостановить
                      </button>
                    )}
                    {route.state === 'Suspended' && (
                      <button type="button" className="button button--secondary" disabled={busy === route.id}
                        onClick={() => toggle(route.id, 'resume')}>
                        Возобновить
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
