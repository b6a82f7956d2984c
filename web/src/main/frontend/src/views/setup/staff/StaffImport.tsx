import { useRef, useState } from 'react';
import { useFetch, useUpload } from '../../../api/ApiContext';
import { followImport } from '../../../api/importJobs';
import { importFormat, importStaff, importTemplateUrl, staffListUrl } from '../../../api/staff';
import { ImportFileField } from '../../../components/ImportFileField';
import { ImportProgress, type ImportStep } from '../../../components/ImportProgress';
import { ImportResult, type ImportOutcome } from './ImportResult';

/** Larger files are refused before they are sent. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** «Загрузить из файла»: the templates, the file (chosen or dropped), the progress, the outcome. */
export function StaffImport({ schoolId, onImported }: { schoolId: number; onImported: () => void }) {
  const upload = useUpload();
  const fetchImpl = useFetch();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<ImportStep | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const busy = step !== null;

  function choose(chosen: File | null) {
    setFile(chosen);
    setError(null);
  }

  async function send() {
    if (busy) return;
    const format = file ? importFormat(file.name) : null;
    if (!file || !format || file.size > MAX_IMPORT_BYTES) {
      setError(!file ? 'Выберите файл со списком сотрудников.'
        : !format ? 'Загрузите файл Excel (.xlsx) или CSV (.csv), сохранённый из шаблона.'
        : 'Файл больше 10 МБ. Разделите список на несколько файлов.');
      input.current?.focus();
      return;
    }
    setOutcome(null);
    setStep({ kind: 'upload', percent: 0 });
    const started = await importStaff(upload, schoolId, file, format,
      (fraction) => setStep({ kind: 'upload', percent: Math.round(fraction * 100) }));
    const result = await followImport(fetchImpl, staffListUrl(schoolId), started, (job) => setStep({ kind: 'job', job }));
    setStep(null);
    if (result.ok) {
      setOutcome({ kind: 'imported', fileName: file.name, counts: result.data });
      setFile(null);
      if (input.current) input.current.value = '';
      onImported();
    } else if (result.status === 422 || result.rowErrors) {
      setOutcome({ kind: 'rejected', fileName: file.name, message: result.message, rows: result.rowErrors ?? [] });
    } else {
      setError(result.message);
      input.current?.focus();
    }
  }

  return (
    <section className="subsection" aria-labelledby="import-title" aria-busy={busy || undefined}>
      <h2 id="import-title" className="section-title">Загрузить из файла</h2>
      <ol className="steps import-steps">
        <li>
          Скачайте шаблон и заполните по строке на сотрудника: Фамилия, Имя, Отчество, Дата рождения, СНИЛС, Должности.
          <span className="row-actions">
            <a className="button button--secondary button--small" href={importTemplateUrl(schoolId, 'xlsx')} download>
              Шаблон Excel (.xlsx)
            </a>
            <a className="button button--secondary button--small" href={importTemplateUrl(schoolId, 'csv')} download>
              Шаблон CSV
            </a>
          </span>
        </li>
        <li>Загрузите файл. Если в нём есть ошибки, ничего не сохранится — вы увидите строки, которые нужно исправить.</li>
      </ol>
      <ImportFileField id="staff-import-file" label="Файл со списком сотрудников" inputRef={input} error={error}
        disabled={busy} onChoose={choose} />
      <div className="actions">
        <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void send()}>
          {busy ? 'Загрузка…' : 'Загрузить файл'}
        </button>
      </div>
      {step && <ImportProgress id="staff-import-progress" step={step} />}
      {outcome && <ImportResult outcome={outcome} />}
    </section>
  );
}
