import { useFetch } from '../../../api/ApiContext';
import { listStaff } from '../../../api/staff';
import { useResource } from '../../../api/useResource';
import type { ClassChange, NextClass, RolloverPreview, StudentWay } from '../../../api/yearEnd';
import { ruDate, students } from './yearEndText';

interface ViewProps {
  schoolId: number;
  preview: RolloverPreview;
  changes: Record<number, ClassChange>;
  onChange: (change: ClassChange) => void;
}

/** What the rollover will create: the next year, its classes (letter and class teacher editable), who graduates, stays or leaves. */
export function RolloverPreviewView({ schoolId, preview, changes, onChange }: ViewProps) {
  const fetchImpl = useFetch();
  const staff = useResource((signal) => listStaff(fetchImpl, schoolId, { q: '', page: 0, size: 100 }, signal), String(schoolId));
  const teachers = (staff.data?.items ?? []).filter((p) => p.positions.includes('TEACHER'));
  const y = preview.nextYear;

  function edit(c: NextClass, patch: Partial<ClassChange>) {
    const current = changes[c.fromClassId!] ?? { fromClassId: c.fromClassId!, letter: null, classTeacherPersonId: null, keepClassTeacher: true };
    onChange({ ...current, ...patch });
  }

  return (
    <div className="rollover-preview" aria-live="polite">
      {preview.rolledOverIntoYearId && <p className="note">Перевод уже выполнен: повторно ничего не будет создано.</p>}
      <h3 className="section-title">Учебный год {y.label}</h3>
      <p className="note">
        {ruDate(y.startsOn)} – {ruDate(y.endsOn)}; периоды:{' '}
        {y.periods.map((p) => `${p.number}) ${ruDate(p.startsOn)} – ${ruDate(p.endsOn)}`).join('; ')}. Нерабочих дней перенесено:{' '}
        {y.daysOff}. Расписаний звонков школы: {preview.bellSchedules} — они действуют и в новом году. Строк учебного плана
        (копируется как черновик): {preview.curriculumLines}.
      </p>
      {preview.warnings.map((w) => <p key={w} className="form-alert" role="alert">{w}</p>)}
      <CarryOverView carryOver={preview.carryOver} />
      <h3 className="section-title">Классы следующего года</h3>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Был</th><th scope="col">Станет</th><th scope="col">Буква</th>
              <th scope="col">Классный руководитель</th><th scope="col">Обучающихся</th><th scope="col">Группы</th>
            </tr>
          </thead>
          <tbody>
            {preview.classes.map((c) => (
              <tr key={c.name}>
                <td>{c.fromClassName ?? '—'}</td>
                <td>{c.name}</td>
                <td>
                  {c.fromClassId !== null ? (
                    <input className="input input--short" aria-label={`Буква класса ${c.name}`} defaultValue={c.letter} maxLength={3}
                      onBlur={(e) => e.target.value !== c.letter && edit(c, { letter: e.target.value })} />
                  ) : c.letter}
                </td>
                <td>
                  {c.fromClassId !== null ? (
                    <select className="input select" aria-label={`Классный руководитель ${c.name}`}
                      value={c.classTeacher?.personId ?? ''}
                      onChange={(e) => edit(c, e.target.value
                        ? { classTeacherPersonId: Number(e.target.value), keepClassTeacher: false }
                        : { classTeacherPersonId: null, keepClassTeacher: false })}>
                      <option value="">Не назначен</option>
                      {c.classTeacher && !teachers.some((t) => t.personId === c.classTeacher!.personId) && (
                        <option value={c.classTeacher.personId}>{c.classTeacher.displayName}</option>
                      )}
                      {teachers.map((t) => <option key={t.personId} value={t.personId}>{t.displayName}</option>)}
                    </select>
                  ) : (c.classTeacher?.displayName ?? 'Не назначен')}
                </td>
                <td>{c.students}</td>
                <td>{c.groups.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">Переводятся в следующий класс: {students(preview.promoted)}.</p>
      <Ways title="Выпускники" ways={preview.graduates} empty="Выпускников нет." />
      <Ways title="Оставлены на повторное обучение" ways={preview.retained} empty="Никто не оставлен на повторное обучение." />
      <Ways title="Выбывают по окончании года" ways={preview.leaving} empty="Никто не выбывает." />
    </div>
  );
}

function Ways({ title, ways, empty }: { title: string; ways: StudentWay[]; empty: string }) {
  return (
    <>
      <h3 className="section-title">{title} ({ways.length})</h3>
      {ways.length === 0 ? <p className="note">{empty}</p> : (
        <ul className="list">
          {ways.map((w) => (
            <li key={w.personId}>{w.displayName}, {w.fromClassName}{w.toClassName ? ` → ${w.toClassName}` : ''}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What of the teaching structure is copied (counts) and what is not, with the reasons. */
function CarryOverView({ carryOver }: { carryOver: RolloverPreview['carryOver'] }) {
  return (
    <>
      <h3 className="section-title">Нагрузка, потоки и расписание</h3>
      <p className="note">
        Будет скопировано: назначений учителей — {carryOver.assignments}, потоков — {carryOver.streams}, записей
        расписания — {carryOver.timetableEntries}. Расписание копируется как черновик: уроки нового года появятся,
        когда вы сформируете их в редакторе расписания.
      </p>
      {carryOver.skipped.length > 0 && (
        <>
          <p className="note">Не копируется ({carryOver.skipped.length}):</p>
          <ul>
            {carryOver.skipped.map((text) => <li key={text}>{text}</li>)}
          </ul>
        </>
      )}
    </>
  );
}
