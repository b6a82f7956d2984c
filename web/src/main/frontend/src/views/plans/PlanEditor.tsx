import { useEffect, useState, type ChangeEvent } from 'react';
import { useFetch, useUpload } from '../../api/ApiContext';
import { getPlan, importUrl, saveTopics, type PlanDetails, type Topic, type TopicKind } from '../../api/plans';
import type { RowError } from '../../api/problem';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { PATHS } from '../../routing';
import { LoadError, Loading } from '../Status';
import { ScheduleTabs } from '../timetable/ScheduleSection';
import { emptyTopic, hoursWarning, moveTopic, TOPIC_KINDS, totalHours } from './topics';

/** One КТП: its topics in order (title, hours, kind, homework), saved as a whole or imported from Excel/CSV. */
export function PlanEditor({ schoolId, planId, editable }: { schoolId: number; planId: number; editable: boolean }) {
  const fetchImpl = useFetch();
  const loaded = useResource((signal) => getPlan(fetchImpl, schoolId, planId, signal), `plan-${planId}`);
  const [plan, setPlan] = useState<PlanDetails | null>(null);
  const [topics, setTopics] = useState<Topic[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<RowError[]>([]);
  useEffect(() => {
    if (loaded.data) show(loaded.data);
  }, [loaded.data]);

  function show(details: PlanDetails) {
    setPlan(details);
    setTopics(details.topics.map((t) => ({ ...t, homework: t.homework ?? null })));
  }
  if (loaded.failure && !plan) return <LoadError message={loaded.failure.message} onRetry={loaded.reload} />;
  if (!plan) return <Loading />;

  const hours = totalHours(topics);
  const warning = hoursWarning(hours, plan.plan.curriculumHours ?? null);
  const update = (index: number, change: Partial<Topic>) =>
    setTopics((all) => all.map((t, i) => (i === index ? { ...t, ...change } : t)));

  async function save() {
    setStatus('Сохранение…');
    const result = await saveTopics(fetchImpl, schoolId, planId, topics);
    setErrors(result.ok ? [] : result.rowErrors ?? []);
    setStatus(result.ok ? 'Сохранено' : result.message);
    if (result.ok) show(result.data);
  }

  return (
    <Page title={`КТП: ${plan.plan.subject}, ${plan.plan.grade} класс`} wide
      before={<ScheduleTabs schoolId={schoolId} current="plans" />}
      back={<AppLink href={PATHS.plansOf(schoolId, plan.plan.yearId)}>← Все КТП</AppLink>}>
      <p>
        Всего часов: <strong>{hours}</strong>
        {plan.plan.curriculumHours != null && <> (по учебному плану — {plan.plan.curriculumHours})</>}
      </p>
      {(warning ?? plan.plan.warning) && <p className="field__error" role="note">⚠ {warning ?? plan.plan.warning}</p>}
      {editable && <ImportFile schoolId={schoolId} planId={planId} onImported={(d) => { show(d); setErrors([]); setStatus('Темы загружены из файла'); }}
        onErrors={(message, rows) => { setStatus(message); setErrors(rows); }} />}
      {status && <p role="status" className="hint">{status}</p>}
      {errors.length > 0 && (
        <ul className="field__error" aria-label="Ошибки в строках">
          {errors.map((e, i) => <li key={i}>Строка {e.row}{e.field ? `, «${e.field}»` : ''}: {e.message}</li>)}
        </ul>
      )}
      {topics.length === 0 && <p className="empty__text">В плане нет тем. Добавьте их по одной или загрузите файл Excel/CSV со столбцами «Тема», «Часы», «Вид», «Домашнее задание».</p>}
      <table className="table plan-topics">
        <thead>
          <tr><th scope="col">№</th><th scope="col">Тема</th><th scope="col">Часы</th><th scope="col">Вид</th><th scope="col">Домашнее задание</th>{editable && <th scope="col"><span className="visually-hidden">Действия</span></th>}</tr>
        </thead>
        <tbody>
          {topics.map((topic, index) => (
            <tr key={index}>
              <td>{index + 1}</td>
              {editable ? (
                <>
                  <td><input className="input" aria-label={`Тема ${index + 1}`} value={topic.title} onChange={(e) => update(index, { title: e.target.value })} /></td>
                  <td><input className="input input--short" type="number" min={1} max={100} aria-label={`Часы, тема ${index + 1}`} value={topic.hours}
                    onChange={(e) => update(index, { hours: Number(e.target.value) })} /></td>
                  <td>
                    <select className="input select" aria-label={`Вид, тема ${index + 1}`} value={topic.kind}
                      onChange={(e) => update(index, { kind: e.target.value as TopicKind })}>
                      {TOPIC_KINDS.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
                    </select>
                  </td>
                  <td><input className="input" aria-label={`Домашнее задание, тема ${index + 1}`} value={topic.homework ?? ''}
                    onChange={(e) => update(index, { homework: e.target.value || null })} /></td>
                  <td className="timetable__actions">
                    <button type="button" className="button button--small" aria-label={`Выше: тема ${index + 1}`} onClick={() => setTopics((all) => moveTopic(all, index, -1))}>↑</button>
                    <button type="button" className="button button--small" aria-label={`Ниже: тема ${index + 1}`} onClick={() => setTopics((all) => moveTopic(all, index, 1))}>↓</button>
                    <button type="button" className="button button--small" aria-label={`Удалить тему ${index + 1}`} onClick={() => setTopics((all) => all.filter((_, i) => i !== index))}>✕</button>
                  </td>
                </>
              ) : (
                <>
                  <td>{topic.title}</td><td>{topic.hours}</td><td>{TOPIC_KINDS.find((k) => k.value === topic.kind)?.label}</td><td>{topic.homework ?? ''}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <div className="toolbar">
          <button type="button" className="button" onClick={() => setTopics((all) => [...all, emptyTopic()])}>Добавить тему</button>
          <button type="button" className="button button--primary" onClick={save}>Сохранить КТП</button>
        </div>
      )}
    </Page>
  );
}

function ImportFile({ schoolId, planId, onImported, onErrors }: {
  schoolId: number; planId: number; onImported: (plan: PlanDetails) => void; onErrors: (message: string, rows: RowError[]) => void;
}) {
  const upload = useUpload();
  const [progress, setProgress] = useState<number | null>(null);
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProgress(0);
    const type = file.type || (file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/octet-stream');
    const result = await upload<PlanDetails>(importUrl(schoolId, planId), { data: file, type }, setProgress);
    setProgress(null);
    if (result.ok) onImported(result.data);
    else onErrors(result.message, result.rowErrors ?? []);
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor="plan-file">Загрузить темы из файла (Excel .xlsx или CSV)</label>
      <input id="plan-file" type="file" accept=".xlsx,.csv,text/csv" onChange={choose} aria-describedby="plan-file-hint" />
      <p id="plan-file-hint" className="hint">Столбцы: «Тема», «Часы», «Вид» (урок, практическая, лабораторная, контрольная работа, диктант, сочинение), «Домашнее задание». Файл заменяет все темы плана; при ошибках ничего не меняется.</p>
      {progress !== null && <progress max={1} value={progress} aria-label="Загрузка файла" />}
    </div>
  );
}
