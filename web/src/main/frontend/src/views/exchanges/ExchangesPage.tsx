import { useState } from 'react';
import { Page } from '../../components/Page';
import { REGION } from '../region/common';
import { AnalyticsExports } from './AnalyticsExports';
import { DeadLetters } from './DeadLetters';
import { ExchangeLog } from './ExchangeLog';
import { RoutesPanel } from './RoutesPanel';

/** «Обмен данными»: the region administrator's view of exchanges with other systems. */
export function ExchangesPage() {
  const [refresh, setRefresh] = useState(0);
  return (
    <Page
      title="Обмен данными"
      eyebrow={REGION}
      wide
      actions={
        <button type="button" className="button button--secondary" onClick={() => setRefresh((n) => n + 1)}>
          Обновить
        </button>
      }
    >
      <RoutesPanel key={`routes-${refresh}`} />
      <DeadLetters key={`dead-${refresh}`} onDecided={() => setRefresh((n) => n + 1)} />
      <ExchangeLog refreshKey={refresh} />
      <AnalyticsExports key={`analytics-${refresh}`} />
    </Page>
  );
}
