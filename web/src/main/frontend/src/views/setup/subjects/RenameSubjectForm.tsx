import { useFetch } from '../../../api/ApiContext';
import { renameSubject, type Subject } from '../../../api/subjects';
import { FormAlert, SelectField, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import { collectErrors, required } from '../../../forms/validation';

const FIELDS = ['id', 'name', 'shortName'] as const;
const EMPTY = { id: '', name: '', shortName: '' };

/**
 * «Переименовать предмет»: the school's own subjects (and, for the region administrator, the catalogue's;
 * the server refuses the catalogue to anybody else).
 */
export function RenameSubjectForm({ subjects, onRenamed }: { subjects: Subject[]; onRenamed: (subject: Subject) => void }) {
  const fetchImpl = useFetch();
  const form = useForm({
    fields: FIELDS,
    initial: EMPTY,
    idPrefix: 'rename-subject',
    check: (v) =>
      collectErrors<(typeof FIELDS)[number]>([
        ['id', required(v.id, 'Выберите предмет.')],
        ['name', required(v.name, 'Укажите новое название предмета.')],
        ['shortName', required(v.shortName, 'Укажите краткое название.')],
      ]),
  });
  const choose = (id: string) => {
    const subject = subjects.find((s) => String(s.id) === id);
    form.setValues({ id, name: subject?.name ?? '', shortName: subject?.shortName ?? '' });
  };
  const submit = form.onSubmit(
    (v) => renameSubject(fetchImpl, Number(v.id), { name: v.name.trim(), shortName: v.shortName.trim() }),
    (subject) => {
      form.reset(EMPTY);
      onRenamed(subject);
    },
  );
  const own = subjects.filter((s) => s.schoolId !== null);
  const region = subjects.filter((s) => s.schoolId === null);
  const { onValue: _ignored, ...subjectSelect } = form.bind('id');
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="rename-subject-title">
      <h3 id="rename-subject-title" className="subsection-title">Переименовать предмет</h3>
      <FormAlert message={form.errors.formError} alertRef={form.errors.alertRef} />
      <SelectField {...subjectSelect} onValue={choose} label="Предмет" required className="input select">
        <option value="">Выберите</option>
        {own.length > 0 && <optgroup label="Предметы школы">{own.map(option)}</optgroup>}
        {region.length > 0 && <optgroup label="Каталог региона (меняет управление образования)">{region.map(option)}</optgroup>}
      </SelectField>
      <div className="form__grid">
        <TextField {...form.bind('name')} label="Новое название" required autoComplete="off" />
        <TextField {...form.bind('shortName')} label="Краткое название" required autoComplete="off" className="input input--short" />
      </div>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Переименовать" savingLabel="Сохранение…" />
      </div>
    </form>
  );
}

function option(subject: Subject) {
  return <option key={subject.id} value={subject.id}>{subject.name}</option>;
}
