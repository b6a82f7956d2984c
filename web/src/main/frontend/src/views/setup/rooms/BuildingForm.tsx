import { useFetch } from '../../../api/ApiContext';
import { createBuilding, type Building } from '../../../api/rooms';
import { FormAlert, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import { collectErrors, required } from '../../../forms/validation';

const BUILDING_FIELDS = ['name', 'address'] as const;
const EMPTY = { name: '', address: '' };

/** «Добавить здание»: its name (unique in the school) and address. */
export function BuildingForm({ schoolId, first, onCreated }: {
  schoolId: number;
  first: boolean;
  onCreated: (building: Building) => void;
}) {
  const fetchImpl = useFetch();
  const form = useForm({
    fields: BUILDING_FIELDS,
    initial: EMPTY,
    idPrefix: 'building',
    check: (v) => collectErrors<(typeof BUILDING_FIELDS)[number]>([
      ['name', required(v.name, 'Укажите название здания, например «Основное здание».')],
    ]),
  });
  const submit = form.onSubmit(
    (v) => createBuilding(fetchImpl, schoolId, { name: v.name.trim(), address: v.address.trim() || null }),
    (building) => {
      form.reset(EMPTY);
      onCreated(building);
    },
  );
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="building-form-title">
      <h3 id="building-form-title" className="subsection-title">{first ? 'Сначала добавьте здание школы' : 'Добавить здание'}</h3>
      <FormAlert message={form.errors.formError} alertRef={form.errors.alertRef} />
      <div className="form__grid">
        <TextField {...form.bind('name')} label="Название" required autoComplete="off" />
        <TextField {...form.bind('address')} label="Адрес" autoComplete="off" hint="Если отличается от адреса школы" />
      </div>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Добавить здание" savingLabel="Добавление…" />
      </div>
    </form>
  );
}
