import { useFetch } from '../../../api/ApiContext';
import { createSubject, type Subject } from '../../../api/subjects';
import { FormAlert, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import { collectErrors, required } from '../../../forms/validation';

const SUBJECT_FIELDS = ['name', 'shortName'] as const;
const EMPTY = { name: '', shortName: '' };

/** «Добавить предмет школы»: a subject only this school teaches (the region's catalogue is shared). */
export function SubjectForm({ schoolId, onCreated }: { schoolId: number; onCreated: (subject: Subject) => void }) {
  const fetchImpl = useFetch();
  const form = useForm({
    fields: SUBJECT_FIELDS,
    initial: EMPTY,
    idPrefix: 'subject',
    check: (v) =>
      collectErrors<(typeof SUBJECT_FIELDS)[number]>([
        ['name', required(v.name, 'Укажите название предмета, например «Робототехника».')],
        ['shortName', required(v.shortName, 'Укажите краткое название для журнала и расписания, например «Робот.».')],
      ]),
  });
  const submit = form.onSubmit(
    (v) => createSubject(fetchImpl, { name: v.name.trim(), shortName: v.shortName.trim(), schoolId }),
    (subject) => {
      form.reset(EMPTY);
      onCreated(subject);
    },
  );
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="subject-form-title">
      <h3 id="subject-form-title" className="subsection-title">Добавить предмет школы</h3>
      <FormAlert message={form.errors.formError} alertRef={form.errors.alertRef} />
      <div className="form__grid">
        <TextField {...form.bind('name')} label="Название" required autoComplete="off" />
        <TextField {...form.bind('shortName')} label="Краткое название" required autoComplete="off"
          className="input input--short" hint="Для журнала и расписания" />
      </div>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Добавить предмет" savingLabel="Добавление…" />
      </div>
    </form>
  );
}
