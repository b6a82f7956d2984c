import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { homeworkFileUrl, removeHomeworkFile, uploadHomeworkFile, type HomeworkFile } from '../../api/journal';

/** The homework's files: download links, and for the lesson's teacher adding (≤ 10 МБ) and removing them. */
export function HomeworkFilesSection({ lessonId, files, canWrite }: { lessonId: number; files: HomeworkFile[]; canWrite: boolean }) {
  const fetchImpl = useFetch();
  const [list, setList] = useState(files);
  const [message, setMessage] = useState<string | null>(null);

  const add = async (file: File | undefined) => {
    if (!file) return;
    const result = await uploadHomeworkFile(fetchImpl, lessonId, file);
    if (result.ok) {
      setList((l) => [...l, result.data]);
      setMessage(`Файл «${result.data.name}» приложен.`);
    } else {
      setMessage(result.message);
    }
  };

  const remove = async (file: HomeworkFile) => {
    const result = await removeHomeworkFile(fetchImpl, lessonId, file.id);
    if (result.ok) setList((l) => l.filter((f) => f.id !== file.id));
    setMessage(result.ok ? `Файл «${file.name}» удалён.` : result.message);
  };

  return (
    <div className="homework-files">
      {list.length > 0 && (
        <ul>
          {list.map((f) => (
            <li key={f.id}>
              <a href={homeworkFileUrl(lessonId, f.id)} download>{f.name}</a> ({Math.max(1, Math.round(f.size / 1024))} КБ)
              {canWrite && (
                <button type="button" className="button button--small button--secondary" onClick={() => void remove(f)}
                  aria-label={`Удалить файл ${f.name}`}>Удалить</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <label className="field__label">
          Приложить файл (PDF, DOCX, XLSX, PPTX, ODT, JPG, PNG, TXT; до 10 МБ)
          <input type="file" accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.jpg,.jpeg,.png,.txt"
            onChange={(e) => { void add(e.target.files?.[0]); e.target.value = ''; }} />
        </label>
      )}
      {message && <p className="note" role="status">{message}</p>}
    </div>
  );
}
