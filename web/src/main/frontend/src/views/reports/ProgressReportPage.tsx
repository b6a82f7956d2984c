import { useFetch } from '../../api/ApiContext';
import type { Me } from '../../api/me';
import { getProgressReport, progressReportUrl, type ProgressReport, type StudentsSummary } from '../../api/reports';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { idParam } from '../journal/JournalSection';
import { FailurePage, Loading, NotFound } from '../Status';
import { num, periodName, ruDate } from './reportFormat';

const READERS = ['JOURNAL_ADMIN', 'DIRECTOR', 'DEPUTY_DIRECTOR'];

/** «Отчёты» → «Успеваемость за период»: a school's classes and subjects, printable, with a CSV download. */
export function ProgressReportPage({ search, me }: { search: string; me: Me }) {
  const fetchImpl = useFetch();
  const own = (me.schools ?? []).find((s) => s.positions.some((p) => READERS.includes(p)));
  const schoolId = idParam(search, 'school') ?? own?.schoolId ?? null;
  const period = idParam(search, 'period');
  const loaded = useResource((signal) => getProgressReport(fetchImpl, schoolId ?? 0, period, signal),
    `${schoolId}/${period}`);
  if (schoolId === null) {
    return (
      <NotFound message={me.roles.includes('region-admin')
        ? 'Выберите школу в «Мониторинге региона»: её название ведёт к отчёту.' : 'Не выбрана школа.'} />
    );
  }
  if (loaded.failure && loaded.data === null) {
    return <FailurePage failure={loaded.failure} section="Отчёты" role="администрации школы" onRetry={loaded.reload} />;
  }
  if (loaded.data === null) return <Loading />;
  return <Report report={loaded.data} />;
}

function Report({ report }: { report: ProgressReport }) {
  const title = periodName(report.periodSystem, report.periodNumber);
  return (
    <Page title="Успеваемость за период" eyebrow="Отчёты" wide
      actions={(
        <div className="report-actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>Печать</button>
          <a className="button" href={progressReportUrl(report.schoolId, report.periodNumber, true)} download>
            Скачать CSV (Excel)
          </a>
        </div>
      )}>
      <div className="report-toolbar">
        <label className="field__label no-print" htmlFor="report-period">Период</label>
        <select id="report-period" className="input input--short no-print" value={report.periodNumber}
          onChange={(e) => navigate(PATHS.reportsProgress(report.schoolId, Number(e.target.value)), { replace: true })}>
          {report.periods.map((p) => (
            <option key={p.number} value={p.number}>
              {periodName(report.periodSystem, p.number)} ({ruDate(p.startsOn)}–{ruDate(p.endsOn)})
            </option>
          ))}
        </select>
        <p className="note">
          {title}: {ruDate(report.startsOn)}–{ruDate(report.endsOn)}. Итоговые отметки — утверждённые учителем,
          иначе предложенные журналом; списки классов на {ruDate(report.listOn)}.
        </p>
      </div>
      {report.classes.length === 0 ? (
        <p className="note">В учебном году нет классов. Добавьте классы в настройке школы.</p>
      ) : (
        <>
          <ClassesTable report={report} />
          <h2 className="section-title">По предметам</h2>
          {report.classes.filter((c) => c.subjects.length > 0).map((c) => (
            <section key={c.classId} className="report-subjects" aria-labelledby={`subjects-${c.classId}`}>
              <h3 id={`subjects-${c.classId}`} className="report-subjects__title">{c.name}</h3>
              <div className="report-scroll">
                <table className="report-table">
                  <thead>
                    <tr><th scope="col">Предмет</th><th scope="col">Отметок</th><th scope="col">«5»</th>
                      <th scope="col">«4»</th><th scope="col">«3»</th><th scope="col">«2»</th><th scope="col">н/а</th>
                      <th scope="col">Успеваемость, %</th><th scope="col">Качество, %</th>
                      <th scope="col">Средний балл</th></tr>
                  </thead>
                  <tbody>
                    {c.subjects.map((s) => (
                      <tr key={s.subjectId}>
                        <th scope="row">{s.name}</th><td>{s.summary.count}</td><td>{s.summary.fives}</td>
                        <td>{s.summary.fours}</td><td>{s.summary.threes}</td><td>{s.summary.twos}</td>
                        <td>{s.summary.notAttested}</td><td>{num(s.summary.progressPercent)}</td>
                        <td>{num(s.summary.qualityPercent)}</td><td>{num(s.summary.averageMark)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      )}
      <p className="note no-print">
        <AppLink href={PATHS.reports}>Все отчёты</AppLink>
      </p>
    </Page>
  );
}

function ClassesTable({ report }: { report: ProgressReport }) {
  const students = report.classes.reduce((sum, c) => sum + c.students, 0);
  return (
    <div className="report-scroll">
      <table className="report-table" aria-label="Успеваемость по классам">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>Класс</th><th scope="col" rowSpan={2}>Обучающихся</th>
            <th scope="col" rowSpan={2}>Аттестовано</th><th scope="col" rowSpan={2}>Отличники</th>
            <th scope="col" rowSpan={2}>Хорошисты</th><th scope="col" rowSpan={2}>С одной «3»</th>
            <th scope="col" rowSpan={2}>Неуспевающие</th><th scope="col" rowSpan={2}>н/а</th>
            <th scope="col" rowSpan={2}>Успеваемость, %</th><th scope="col" rowSpan={2}>Качество, %</th>
            <th scope="col" rowSpan={2}>Средний балл</th><th scope="colgroup" colSpan={3}>Пропуски уроков</th>
          </tr>
          <tr><th scope="col">всего</th><th scope="col">по болезни</th><th scope="col">уважительные</th></tr>
        </thead>
        <tbody>
          {report.classes.map((c) => (
            <tr key={c.classId}>
              <th scope="row">{c.name}</th><td>{c.students}</td>
              <SummaryCells summary={c.summary} />
              <td>{c.absences.total}</td><td>{c.absences.ill}</td><td>{c.absences.excused}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Всего по школе</th><td>{students}</td>
            <SummaryCells summary={report.school} />
            <td>{report.schoolAbsences.total}</td><td>{report.schoolAbsences.ill}</td>
            <td>{report.schoolAbsences.excused}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function SummaryCells({ summary }: { summary: StudentsSummary }) {
  return (
    <>
      <td>{summary.attested}</td><td>{summary.excellent}</td><td>{summary.good}</td><td>{summary.singleThree}</td>
      <td>{summary.failing}</td><td>{summary.notAttested}</td><td>{num(summary.progressPercent)}</td>
      <td>{num(summary.qualityPercent)}</td><td>{num(summary.averageMark)}</td>
    </>
  );
}
