import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { listYears } from '../../api/calendar';
import { getSchoolYear } from '../../api/timetable';
import { createPlan, listPlans, listPlanSubjects } from '../../api/plans';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { LoadError, Loading } from '../Status';
import { ScheduleTabs } from '../timetable/ScheduleSection';
import { today } from '../timetable/schools';

/** «КТП»: the school's thematic plans of a year, with their hours against the curriculum; a new plan. */
export function PlansPage({ schoolId, yearId, editable }: { schoolId: number; yearId: number | null; editable: boolean }) {
  const fetchImpl = useFetch();
  const years = useResource((signal) => listYears(fetchImpl, schoolId, signal), `years-${schoolId}`);
  const current = useResource((signal) => getSchoolYear(fetchImpl, schoolId, today(), signal), `year-${schoolId}`);
  const year = yearId ?? current.data?.yearId ?? years.data?.[0]?.id ?? null;
  const plans = useResource(
    (signal) => (year ? listPlans(fetchImpl, schoolId, year, signal) : Promise.resolve({ ok: true as const, status: 200, data: [] })),
    `plans-${year}`,
  );
  return (
    <Page title="КТП — календарно-тематическое планирование" before={<ScheduleTabs schoolId={schoolId} current="plans" />} wide>
      {years.data && (
      <label className="field">
        <span className="field__label">Учебный год</span>
        <select className="input select input--short" value={year ?? ''}
          onChange={(e) => navigate(PATHS.plansOf(schoolId, Number(e.target.value)), { replace: true })}>
          {(years.data ?? []).map((y) => <option key={y.id} value={y.id}>{y.label}</option>)}
        </select>
      </label>
      )}
      {!year && (current.failure || years.failure) && (
        <LoadError message={(current.failure ?? years.failure)!.message} onRetry={current.reload} />
      )}
      {plans.loading && !plans.data && <Loading />}
      {plans.failure && <LoadError message={plans.failure.message} onRetry={plans.reload} />}
      {plans.data && plans.data.length === 0 && (
        <p className="empty__text">КТП на этот год ещё нет. Создайте план по предмету и параллели, затем заполните темы или загрузите их из Excel.</p>
      )}
      {plans.data && plans.data.length > 0 && (
        <table className="table">
          <thead>
            <tr><th scope="col">Предмет</th><th scope="col">Параллель</th><th scope="col">Учитель</th><th scope="col">Темы</th><th scope="col">Часы</th><th scope="col">По учебному плану</th></tr>
          </thead>
          <tbody>
            {plans.data.map((p) => (
              <tr key={p.id}>
                <td><AppLink href={PATHS.plan(p.id, schoolId)}>{p.subject}</AppLink></td>
                <td>{p.grade}</td>
                <td>{p.teacher ?? 'общий'}</td>
                <td>{p.topics}</td>
                <td>{p.hours}{p.warning && <div className="field__error" role="note">⚠ {p.warning}</div>}</td>
                <td>{p.curriculumHours ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && year && <NewPlanForm schoolId={schoolId} yearId={year} />}
    </Page>
  );
}

function NewPlanForm({ schoolId, yearId }: { schoolId: number; yearId: number }) {
  const fetchImpl = useFetch();
  const subjects = useResource((signal) => listPlanSubjects(fetchImpl, schoolId, signal), `subjects-${schoolId}`);
  const [subject, setSubject] = useState('');
  const [grade, setGrade] = useState('5');
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    if (!subject) return setError('Выберите предмет');
    const result = await createPlan(fetchImpl, schoolId, { yearId, subjectId: Number(subject), grade: Number(grade) });
    if (!result.ok) return setError(result.message);
    navigate(PATHS.plan(result.data.plan.id, schoolId));
  }
  return (
    <section aria-labelledby="new-plan" className="card">
      <h2 id="new-plan">Новый КТП</h2>
      <div className="toolbar">
        <label className="field">
          <span className="field__label">Предмет</span>
          <select className="input select" value={subject} onChange={(e) => setSubject(e.target.value)}>
            <option value="">— выберите —</option>
            {(subjects.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Параллель</span>
          <select className="input select input--short" value={grade} onChange={(e) => setGrade(e.target.value)}>
            {Array.from({ length: 11 }, (_, i) => i + 1).map((g) => <option key={g} value={g}>{g} класс</option>)}
          </select>
        </label>
        <button type="button" className="button button--primary" onClick={submit}>Создать</button>
      </div>
      {error && <p role="alert" className="field__error">{error}</p>}
    </section>
  );
}
