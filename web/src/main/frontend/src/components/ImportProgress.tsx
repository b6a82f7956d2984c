import type { ImportJobProgress } from '../api/importJobs';

/** Where an import is: the upload (percent sent), then the server's job (rows processed of the total). */
export type ImportStep = { kind: 'upload'; percent: number } | { kind: 'job'; job: ImportJobProgress };

/** «Обработано N из M строк» in the words of the job's stage. */
export function importStepText(step: ImportStep): string {
  if (step.kind === 'upload') {
    return step.percent < 100 ? `Отправка файла: ${step.percent}%` : 'Файл отправлен, проверяем строки…';
  }
  const { state, processed, total } = step.job;
  const stage = state === 'applying' ? 'Сохранение' : 'Проверка строк';
  return total > 0 ? `${stage}. Обработано ${processed} из ${total} строк` : `${stage}…`;
}

/** The progress of an import under its file field; a status region, so screen readers hear it. */
export function ImportProgress({ id, step }: { id: string; step: ImportStep }) {
  const [value, max] = step.kind === 'upload' ? [step.percent, 100] : [step.job.processed, Math.max(step.job.total, 1)];
  return (
    <div className="upload-progress" role="status">
      <label htmlFor={id}>{importStepText(step)}</label>
      <progress id={id} max={max} value={value} />
    </div>
  );
}
