import { useRef, useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import type { AcademicYear } from '../../../api/calendar';
import { saveCurriculum, type CurriculumItem, type Subject } from '../../../api/subjects';
import { Flash } from '../../../components/FormParts';
import { cellKey, gradesToShow, hoursFrom, toEntries, validHours, type Hours } from './curriculum';
import { CurriculumTable } from './CurriculumTable';

interface EditorProps {
  schoolId: number;
  year: AcademicYear;
  subjects: Subject[];
  items: CurriculumItem[];
  classGrades: number[];
  onSaved: () => void;
}

/** The year's curriculum, edited in the table and saved at once (the whole plan replaces the old one). */
export function CurriculumEditor({ schoolId, year, subjects, items, classGrades, onSaved }: EditorProps) {
  const fetchImpl = useFetch();
  const [hours, setHours] = useState<Hours>(() => hoursFrom(items));
  const [allGrades, setAllGrades] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const alert = useRef<HTMLDivElement>(null);
  const saved = new Map(items.map((item) => [cellKey(item.subjectId, item.grade), item]));
  const grades = gradesToShow(classGrades, items, allGrades);
  const savedHours = hoursFrom(items);
  const norm = (text = '') => (text.trim() === '' || Number(text) === 0 ? '' : text.trim().replace(/^0+/, ''));
  const changed = Object.keys({ ...hours, ...savedHours }).some((key) => norm(hours[key]) !== norm(savedHours[key]));

  function fail(text: string) {
    setError(text);
    setMessage('');
    requestAnimationFrame(() => alert.current?.focus());
  }

  async function save() {
    if (saving) return;
    const wrong = Object.entries(hours).find(([, text]) => !validHours(text));
    if (wrong) {
      const [subjectId, grade] = wrong[0].split(':').map(Number);
      const subject = subjects.find((s) => s.id === subjectId)?.name ?? 'предмет';
      fail(`Часы — целое число от 0 до 2000. Проверьте: ${subject}, ${grade} класс.`);
      return;
    }
    setSaving(true);
    const entries = toEntries(hours);
    const result = await saveCurriculum(fetchImpl, schoolId, year.id, entries);
    setSaving(false);
    if (!result.ok) {
      fail(result.message);
      return;
    }
    setError(null);
    setMessage(`Учебный план на ${year.label} сохранён: ${entries.length} ${entries.length === 1 ? 'строка' : 'строк(и)'}.`);
    onSaved();
  }

  return (
    <div className="curriculum-editor">
      <Flash message={message} />
      {error && <div className="form-alert" role="alert" tabIndex={-1} ref={alert}>{error}</div>}
      <p className="note form-intro">
        Часы в год по каждому предмету и параллели; под ячейкой — часов в неделю. Пустая ячейка — предмета нет в плане.
      </p>
      <label className="choice choice--inline">
        <input type="checkbox" checked={allGrades} onChange={(event) => setAllGrades(event.target.checked)} />
        <span>Показать все параллели, 1–11</span>
      </label>
      <CurriculumTable subjects={subjects} grades={grades} hours={hours} saved={saved}
        onHours={(key, text) => { setHours((previous) => ({ ...previous, [key]: text })); setMessage(''); }} />
      <div className="actions">
        <button type="button" className="button button--primary" aria-disabled={saving || undefined} onClick={() => void save()}>
          {saving ? 'Сохранение…' : 'Сохранить учебный план'}
        </button>
        {changed && !saving && <p className="note actions__note">Есть несохранённые изменения.</p>}
      </div>
    </div>
  );
}
