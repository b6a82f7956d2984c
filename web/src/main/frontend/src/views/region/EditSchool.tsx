import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { updateSchool, type School } from '../../api/region';
import { SchoolForm, schoolValues } from './SchoolForm';

/** «Изменить данные школы» on the school's page (the region administrator): the school's form, filled in. */
export function EditSchool({ school, onSaved }: { school: School; onSaved: (school: School) => void }) {
  const fetchImpl = useFetch();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div className="actions">
        <button type="button" className="button button--secondary" aria-expanded="false" onClick={() => setOpen(true)}>
          Изменить данные школы
        </button>
      </div>
    );
  }
  return (
    <section className="subsection" aria-labelledby="edit-school-title">
      <h2 id="edit-school-title" className="section-title">Изменить данные школы</h2>
      <SchoolForm initial={schoolValues(school)} submitLabel="Сохранить изменения"
        send={(changed) => updateSchool(fetchImpl, school.id, changed)} onSaved={onSaved}
        cancel={<button type="button" className="button button--secondary" onClick={() => setOpen(false)}>Отмена</button>} />
    </section>
  );
}
