import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { computeProposals, getRegionDashboard, type DashboardFigures, type RegionDashboard } from '../../api/reports';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { PATHS } from '../../routing';
import { FailurePage, Loading } from '../Status';
import { num, ruDate, ruDateTime } from './reportFormat';

/** «Отчёты» → «Мониторинг региона»: quality, progress, attendance and journal keeping per municipality and school. */
export function RegionDashboardPage() {
  const fetchImpl = useFetch();
  const loaded = useResource((signal) => getRegionDashboard(fetchImpl, signal), 'dashboard');
  if (loaded.failure && loaded.data === null) {
    return <FailurePage failure={loaded.failure} section="Отчёты" role="регионального администратора" onRetry={loaded.reload} />;
  }
  if (loaded.data === null) return <Loading />;
  return <Dashboard data={loaded.data} />;
}

function Dashboard({ data }: { data: RegionDashboard }) {
  const schools = data.municipalities.reduce((n, m) => n + m.schools.length, 0);
  return (
    <Page title="Мониторинг региона" eyebrow="Отчёты · регион" wide>
      <p className="note">
        Данные на {ruDateTime(data.dataAsOf)}. Качество и успеваемость — по итоговым отметкам последнего завершённого
        периода; посещаемость и ведение журнала — уроки с {ruDate(data.from)} по {ruDate(data.to)}.
      </p>
      {schools === 0 ? <p className="note">В регионе нет школ. Добавьте школы в разделе «Регион».</p> : (
        <div className="report-scroll">
          <table className="report-table" aria-label="Показатели школ">
            <thead>
              <tr>
                <th scope="col">Муниципалитет, школа</th><th scope="col">Обучающихся</th>
                <th scope="col">Качество, %</th><th scope="col">Успеваемость, %</th><th scope="col">Посещаемость, %</th>
                <th scope="col">Уроков</th><th scope="col">С темой, %</th><th scope="col">С отметками, %</th>
              </tr>
            </thead>
            {data.municipalities.map((m) => (
              <tbody key={m.id ?? 'none'}>
                <tr className="report-table__group">
                  <th scope="rowgroup">{m.name ?? 'Без муниципалитета'}</th><Figures figures={m.figures} />
                </tr>
                {m.schools.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" className="report-table__school">
                      <AppLink href={PATHS.reportsProgress(s.id)}>{s.name}</AppLink>
                    </th>
                    <Figures figures={s.figures} />
                  </tr>
                ))}
              </tbody>
            ))}
            <tfoot>
              <tr><th scope="row">Регион</th><Figures figures={data.region} /></tr>
            </tfoot>
          </table>
        </div>
      )}
      <ProposalsForm />
    </Page>
  );
}

function Figures({ figures }: { figures: DashboardFigures }) {
  return (
    <>
      <td>{figures.pupils}</td><td>{num(figures.qualityPercent)}</td><td>{num(figures.progressPercent)}</td>
      <td>{num(figures.attendancePercent)}</td><td>{figures.lessons}</td><td>{num(figures.topicPercent)}</td>
      <td>{num(figures.marksPercent)}</td>
    </>
  );
}

const KINDS = [
  { value: 'quarter', label: 'Четверть', periods: 4 },
  { value: 'trimester', label: 'Триместр', periods: 3 },
  { value: 'half-year', label: 'Полугодие', periods: 2 },
];

/** Computes the proposed final marks of a period for every school (the teachers' sheets and reports read them). */
function ProposalsForm() {
  const fetchImpl = useFetch();
  const [kind, setKind] = useState('quarter');
  const [number, setNumber] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const periods = KINDS.find((k) => k.value === kind)?.periods ?? 4;

  const run = async () => {
    setError(null);
    setStatus('Расчёт… это может занять до минуты.');
    const result = await computeProposals(fetchImpl, kind, number);
    if (!result.ok) {
      setStatus(null);
      setError(result.message);
      return;
    }
    const r = result.data;
    const seconds = (Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000;
    setStatus(`Рассчитано: школ ${r.schools}, предложенных отметок ${r.proposals}, из них н/а ${r.notAttested} `
      + `(${num(Math.round(seconds * 10) / 10)} с). Утверждённые учителями отметки не изменены.`);
  };

  return (
    <form className="subsection no-print" onSubmit={(e) => { e.preventDefault(); void run(); }}>
      <h2 className="section-title">Предложенные итоговые отметки</h2>
      <p className="note">Журнал рассчитывает для всех школ средневзвешенную отметку за период и предлагаемую итоговую
        (н/а — меньше 3 отметок за четверть или триместр, 6 за полугодие).</p>
      <div className="report-toolbar">
        <label className="field__label" htmlFor="proposals-kind">Вид периода</label>
        <select id="proposals-kind" className="input input--short" value={kind}
          onChange={(e) => { setKind(e.target.value); setNumber(1); }}>
          {KINDS.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
        </select>
        <label className="field__label" htmlFor="proposals-number">Номер</label>
        <select id="proposals-number" className="input input--short" value={number}
          onChange={(e) => setNumber(Number(e.target.value))}>
          {Array.from({ length: periods }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
        <button type="submit" className="button button--primary">Рассчитать</button>
      </div>
      {error && <p className="form-alert" role="alert">{error}</p>}
      {status && <p className="save-state" role="status">{status}</p>}
    </form>
  );
}
