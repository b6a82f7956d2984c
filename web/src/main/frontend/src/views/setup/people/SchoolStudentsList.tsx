import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import type { SchoolClass } from '../../../api/classes';
import { listStudents, peopleListUrl, type StudentListItem } from '../../../api/schoolPeople';
import { AppLink } from '../../../components/AppLink';
import { PATHS } from '../../../routing';
import { shortDate } from '../calendar/calendarLogic';
import { PagedList } from './PagedList';

/** «Обучающиеся школы» today: searched by name, optionally of one class, a page at a time. */
export function SchoolStudentsList({ schoolId, classes, version }: { schoolId: number; classes: SchoolClass[]; version: number }) {
  const fetchImpl = useFetch();
  const [classId, setClassId] = useState<number | null>(null);
  return (
    <PagedList<StudentListItem>
      id="school-students"
      title="Обучающиеся школы"
      searchPlaceholder="Фамилия, имя или отчество"
      load={(query, signal) => listStudents(fetchImpl, schoolId, query, signal)}
      url={(query) => peopleListUrl(schoolId, 'students', query)}
      classId={classId}
      version={version}
      filters={
        <div className="field">
          <label className="field__label" htmlFor="school-students-class">Класс</label>
          <select id="school-students-class" className="input" value={classId ?? ''}
            onChange={(event) => setClassId(event.target.value ? Number(event.target.value) : null)}>
            <option value="">Все классы</option>
            {classes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
      }
      columns={['ФИО', 'Класс', 'Дата рождения']}
      itemKey={(s) => s.personId}
      row={(s) => (
        <>
          <th scope="row"><AppLink href={PATHS.regionStudent(s.personId, s.classId)}>{s.displayName}</AppLink></th>
          <td>{s.className}</td>
          <td>{s.birthDate ? shortDate(s.birthDate) : <span className="muted">не указана</span>}</td>
        </>
      )}
      emptyText="Обучающихся пока нет. Откройте класс и зачислите учеников или загрузите список из файла."
    />
  );
}
