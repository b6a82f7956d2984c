import { useEffect, useRef, useState, type RefObject } from 'react';
import { useFetch, useUpload } from '../../../api/ApiContext';
import { followImport } from '../../../api/importJobs';
import type { RowError } from '../../../api/problem';
import { importFormat, type ImportFormat } from '../../../api/staff';
import {
  importStudents, previewStudents, studentListUrl, studentTemplateUrl, type StudentImportCounts,
  type StudentImportPreview,
} from '../../../api/studentImport';
import { ImportFileField } from '../../../components/ImportFileField';
import { ImportProgress, type ImportStep } from '../../../components/ImportProgress';
import { RowErrorsTable } from '../../../components/RowErrorsTable';
import { MAX_IMPORT_BYTES } from '../staff/StaffImport';

type Stage =
  | { kind: 'idle' }
  | { kind: 'checked'; file: File; format: ImportFormat; preview: StudentImportPreview }
  | { kind: 'rejected'; fileName: string; message: string; rows: RowError[] }
  | { kind: 'imported'; fileName: string; counts: StudentImportCounts };

/**
 * «Загрузить обучающихся из файла»: the templates, the file, a check that stores nothing (the rows with
 * problems, each naming its column), then the import of the whole file or of its valid rows only.
 */
export function StudentImport({ schoolId, yearId, onImported }: {
  schoolId: number;
  yearId: number | null;
  onImported: () => void;
}) {
  const upload = useUpload();
  const fetchImpl = useFetch();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<ImportStep | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const busy = step !== null;
  useEffect(() => heading.current?.focus(), [stage]);

  function choose(chosen: File | null) {
    setFile(chosen);
    setError(null);
    setStage({ kind: 'idle' });
  }

  const track = (fraction: number) => setStep({ kind: 'upload', percent: Math.round(fraction * 100) });

  async function check() {
    if (busy) return;
    const format = file ? importFormat(file.name) : null;
    if (!file || !format || file.size > MAX_IMPORT_BYTES) {
      setError(!file ? 'Выберите файл со списком обучающихся.'
        : !format ? 'Загрузите файл Excel (.xlsx) или CSV (.csv), сохранённый из шаблона.'
        : 'Файл больше 10 МБ. Разделите список на несколько файлов.');
      input.current?.focus();
      return;
    }
    track(0);
    const result = await previewStudents(upload, schoolId, yearId, file, format, track);
    setStep(null);
    if (result.ok) setStage({ kind: 'checked', file, format, preview: result.data });
    else failed(file.name, result);
  }

  async function commit(validRowsOnly: boolean) {
    if (busy || stage.kind !== 'checked') return;
    track(0);
    const started = await importStudents(upload, schoolId, yearId, stage.file, stage.format, validRowsOnly, track);
    const result = await followImport(fetchImpl, studentListUrl(schoolId), started, (job) => setStep({ kind: 'job', job }));
    setStep(null);
    if (result.ok) {
      setStage({ kind: 'imported', fileName: stage.file.name, counts: result.data });
      setFile(null);
      if (input.current) input.current.value = '';
      onImported();
    } else failed(stage.file.name, result);
  }

  function failed(fileName: string, result: { status: number; message: string; rowErrors?: RowError[] }) {
    if (result.status === 422 || result.rowErrors) {
      setStage({ kind: 'rejected', fileName, message: result.message, rows: result.rowErrors ?? [] });
    } else {
      setError(result.message);
      input.current?.focus();
    }
  }

  return (
    <section className="subsection" aria-labelledby="students-import-title" aria-busy={busy || undefined}>
      <h2 id="students-import-title" className="section-title">Загрузить обучающихся из файла</h2>
      <ol className="steps import-steps">
        <li>
          Скачайте шаблон и заполните по строке на обучающегося: класс, ФИО, дата рождения, пол, СНИЛС и, если
          есть, до двух законных представителей.
          <span className="row-actions">
            <a className="button button--secondary button--small" href={studentTemplateUrl(schoolId, 'xlsx')} download>
              Шаблон обучающихся (.xlsx)
            </a>
            <a className="button button--secondary button--small" href={studentTemplateUrl(schoolId, 'csv')} download>
              Шаблон обучающихся (CSV)
            </a>
          </span>
        </li>
        <li>Проверьте файл: ничего не сохранится, пока вы не нажмёте «Загрузить». Повторная загрузка ничего не дублирует.</li>
      </ol>
      <ImportFileField id="students-import-file" label="Файл со списком обучающихся" inputRef={input} error={error}
        disabled={busy} onChoose={choose} />
      <div className="actions">
        <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void check()}>
          {busy ? 'Проверка…' : 'Проверить файл'}
        </button>
      </div>
      {step && <ImportProgress id="students-import-progress" step={step} />}
      <StageView stage={stage} heading={heading} busy={busy} onCommit={(validOnly) => void commit(validOnly)} />
    </section>
  );
}

function StageView({ stage, heading, busy, onCommit }: {
  stage: Stage;
  heading: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  onCommit: (validRowsOnly: boolean) => void;
}) {
  if (stage.kind === 'idle') return null;
  if (stage.kind === 'imported') {
    return (
      <div className="import-result import-result--ok">
        <h3 className="subsection-title" tabIndex={-1} ref={heading}>
          <span aria-hidden="true">✓ </span>Файл «{stage.fileName}» загружен
        </h3>
        <Counts counts={stage.counts} />
      </div>
    );
  }
  if (stage.kind === 'rejected') {
    return (
      <div className="import-result import-result--rejected">
        <h3 className="subsection-title" tabIndex={-1} ref={heading}>
          <span aria-hidden="true">! </span>Ничего не загружено — исправьте файл и загрузите снова
        </h3>
        <p>{stage.message}</p>
        {stage.rows.length > 0 && <RowErrorsTable rows={stage.rows} />}
      </div>
    );
  }
  const { preview } = stage;
  const clean = preview.errorCount === 0;
  return (
    <div className={clean ? 'import-result import-result--ok' : 'import-result import-result--rejected'}>
      <h3 className="subsection-title" tabIndex={-1} ref={heading}>
        {clean ? `Файл «${stage.file.name}» проверен: ошибок нет`
          : `Файл «${stage.file.name}» проверен: строк с ошибками — ${preview.rows - preview.validRows} из ${preview.rows}`}
      </h3>
      <p>Учебный год {preview.yearLabel}. После загрузки:</p>
      <Counts counts={preview.counts} />
      {!clean && (
        <>
          <p>Ошибок: {preview.errorCount}. Строки с ошибками не будут загружены.</p>
          <RowErrorsTable rows={preview.errors} />
        </>
      )}
      <div className="actions">
        {clean ? (
          <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => onCommit(false)}>
            Загрузить
          </button>
        ) : preview.validRows > 0 && (
          <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => onCommit(true)}>
            Загрузить только строки без ошибок ({preview.validRows})
          </button>
        )}
      </div>
    </div>
  );
}

function Counts({ counts }: { counts: StudentImportCounts }) {
  return (
    <dl className="counts">
      <div className="counts__item"><dt>Новых обучающихся</dt><dd>{counts.created}</dd></div>
      <div className="counts__item"><dt>Зачислено в классы</dt><dd>{counts.enrolled}</dd></div>
      <div className="counts__item"><dt>Без изменений</dt><dd>{counts.unchanged}</dd></div>
      <div className="counts__item"><dt>Новых представителей</dt><dd>{counts.representativesCreated}</dd></div>
      <div className="counts__item"><dt>Связей с представителями</dt><dd>{counts.representativesLinked}</dd></div>
    </dl>
  );
}
