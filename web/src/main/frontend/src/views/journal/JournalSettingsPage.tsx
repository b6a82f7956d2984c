import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { getJournalSettings, saveJournalSettings, type JournalSettings, type JournalSwitches } from '../../api/journal';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { PATHS } from '../../routing';
import { FailurePage, Loading, NotFound } from '../Status';
import { idParam, type MySchool } from './JournalSection';

const SWITCHES: { key: keyof JournalSwitches; label: string; hint: string }[] = [
  { key: 'grade1NoMarks', label: 'В 1 классе отметки не ставятся', hint: 'Безотметочное обучение в первом классе.' },
  { key: 'grade2FirstPeriodNoMarks', label: 'Во 2 классе в первом периоде отметки не ставятся',
    hint: 'Первая четверть (триместр, полугодие) второго класса — без отметок.' },
  { key: 'doubleMarksAllowed', label: 'Двойные отметки (например, 5/4)',
    hint: 'По русскому языку и литературе, за диктанты, контрольные, лабораторные, практические работы и сочинения.' },
];

/** The journal administrator's settings of their school: the switchable rules and the kinds of work with weights. */
export function JournalSettingsPage({ search, schools }: { search: string; schools: MySchool[] }) {
  const fetchImpl = useFetch();
  const schoolId = idParam(search, 'school') ?? schools.find((s) => s.positions.includes('JOURNAL_ADMIN'))?.schoolId ?? null;
  const loaded = useResource((signal) => getJournalSettings(fetchImpl, schoolId ?? 0, signal), String(schoolId));
  if (schoolId === null) return <NotFound message="Не выбрана школа." />;
  if (loaded.failure && loaded.data === null) {
    return <FailurePage failure={loaded.failure} section="Журнал" role="администратора журнала" onRetry={loaded.reload} />;
  }
  if (loaded.data === null) return <Loading />;
  return <SettingsForm key={schoolId} initial={loaded.data} />;
}

function SettingsForm({ initial }: { initial: JournalSettings }) {
  const fetchImpl = useFetch();
  const [switches, setSwitches] = useState<JournalSwitches>({ grade1NoMarks: initial.grade1NoMarks,
    grade2FirstPeriodNoMarks: initial.grade2FirstPeriodNoMarks, doubleMarksAllowed: initial.doubleMarksAllowed });
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    setStatus('Сохранение…');
    const result = await saveJournalSettings(fetchImpl, initial.schoolId, switches);
    if (result.ok) setStatus('Настройки сохранены');
    else { setStatus(null); setError(result.message); }
  };

  return (
    <Page title="Настройки журнала" eyebrow="Журнал · администратор" wide
      back={<AppLink className="back-link" href={PATHS.journal}><span aria-hidden="true">←</span>Журнал</AppLink>}>
      <form className="lesson-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset className="subsection">
          <legend className="section-title">Правила школы</legend>
          {SWITCHES.map((s) => (
            <div key={s.key}>
              <label className="checkbox">
                <input type="checkbox" checked={switches[s.key]}
                  onChange={(e) => setSwitches((now) => ({ ...now, [s.key]: e.target.checked }))} /> {s.label}
              </label>
              <p className="note">{s.hint}</p>
            </div>
          ))}
        </fieldset>
        {error && <p className="form-alert" role="alert">{error}</p>}
        <div className="lesson-form__actions">
          <button type="submit" className="button button--primary">Сохранить</button>
          {status && <span className="save-state" role="status">{status}</span>}
        </div>
      </form>
      <section className="subsection" aria-labelledby="kinds-title">
        <h2 id="kinds-title" className="section-title">Виды работ и их вес</h2>
        <table className="lesson-form__students">
          <thead><tr><th>Вид работы</th><th>Сокращение</th><th>Вес</th><th>Срок, рабочих дней</th></tr></thead>
          <tbody>
            {initial.workKinds.map((k) => (
              <tr key={k.id}>
                <th scope="row">{k.name}{k.controlWork ? ' (контрольная)' : ''}</th>
                <td>{k.shortName}</td>
                <td>{k.weight}</td>
                <td>{k.deadlineDays === 0 ? 'в день урока' : k.deadlineDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Page>
  );
}
