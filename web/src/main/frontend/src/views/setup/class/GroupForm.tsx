import { useFetch } from '../../../api/ApiContext';
import { createGroup } from '../../../api/classes';
import { describedBy, FormAlert } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import { collectErrors, required } from '../../../forms/validation';

const GROUP_FIELDS = ['name'] as const;

/** «Новая группа» of a class: one line, a name and «Добавить группу». */
export function GroupForm({ classId, onCreated }: { classId: number; onCreated: (name: string) => void }) {
  const fetchImpl = useFetch();
  const form = useForm({
    fields: GROUP_FIELDS,
    initial: { name: '' },
    idPrefix: 'group',
    check: (v) => collectErrors([['name', required(v.name, 'Укажите название группы, например «Английский язык, группа 1».')]]),
  });
  const field = form.bind('name');
  const submit = form.onSubmit(
    (v) => createGroup(fetchImpl, classId, v.name.trim()),
    (group) => {
      form.reset({ name: '' });
      onCreated(group.name);
    },
  );
  return (
    <form className="form inline-add" noValidate onSubmit={submit} aria-label="Новая группа">
      <FormAlert message={form.errors.formError} alertRef={form.errors.alertRef} />
      <label className="field__label" htmlFor={field.id}>Название новой группы</label>
      <div className="inline-add__row">
        <input ref={field.inputRef} id={field.id} className="input" value={field.value} autoComplete="off"
          placeholder="Например: Английский язык, группа 1" onChange={(event) => field.onValue(event.target.value)}
          aria-invalid={field.error ? true : undefined} aria-describedby={describedBy(field.id, undefined, field.error)} />
        <SubmitButton saving={form.saving} label="Добавить группу" savingLabel="Добавление…" />
      </div>
      {field.error && (
        <p className="field__error" id={`${field.id}-error`}>
          <span className="field__error-mark" aria-hidden="true">!</span>
          {field.error}
        </p>
      )}
    </form>
  );
}
