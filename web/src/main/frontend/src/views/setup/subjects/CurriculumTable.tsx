import type { CurriculumItem, Subject } from '../../../api/subjects';
import { cellKey, gradeTotal, validHours, weeklyText, weeklyTotal, type Hours } from './curriculum';

interface TableProps {
  subjects: Subject[];
  grades: number[];
  hours: Hours;
  saved: Map<string, CurriculumItem>;
  onHours: (key: string, text: string) => void;
}

/** Subjects × grades, hours per year typed in each cell, hours per week under it, totals below. */
export function CurriculumTable({ subjects, grades, hours, saved, onHours }: TableProps) {
  return (
    <div className="table-wrap table-wrap--always curriculum-wrap" role="region" aria-label="Учебный план, часы в год" tabIndex={0}>
      <table className="table curriculum">
        <caption className="visually-hidden">Учебный план: часы в год по предметам и параллелям</caption>
        <thead>
          <tr>
            <th scope="col" className="curriculum__subject">Предмет</th>
            {grades.map((grade) => (
              <th key={grade} scope="col" className="curriculum__grade">{grade} кл.</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {subjects.map((subject) => (
            <tr key={subject.id}>
              <th scope="row" className="curriculum__subject">{subject.name}</th>
              {grades.map((grade) => {
                const key = cellKey(subject.id, grade);
                const text = hours[key] ?? '';
                const valid = validHours(text);
                const week = weeklyText(text, grade, saved.get(key));
                const id = `hours-${subject.id}-${grade}`;
                return (
                  <td key={grade} className="curriculum__cell">
                    <input id={id} className="input input--hours" inputMode="numeric" value={text}
                      aria-label={`${subject.name}, ${grade} класс: часов в год`}
                      aria-invalid={valid ? undefined : true} aria-describedby={week ? `${id}-week` : undefined}
                      onChange={(event) => onHours(key, event.target.value.replace(/\s/g, ''))} />
                    {week && <span id={`${id}-week`} className="curriculum__week">{week}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="curriculum__subject">Всего</th>
            {grades.map((grade) => {
              const total = gradeTotal(hours, grade);
              return (
                <td key={grade} className="curriculum__cell">
                  <strong>{total}</strong>
                  {total > 0 && <span className="curriculum__week">≈ {weeklyTotal(total, grade)} ч/нед</span>}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
