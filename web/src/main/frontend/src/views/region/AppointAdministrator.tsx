import { useState, type FormEvent } from 'react';
import { useFetch } from '../../api/ApiContext';
import { appointAdministrator, type SchoolAdministrator } from '../../api/region';
import { FormAlert, RequiredNote, TextField } from '../../components/Field';
import { SnilsField } from '../../components/SnilsField';
import { useFormErrors } from '../../forms/useFormErrors';
import { collectErrors, digits, digitsOnly, required } from '../../forms/validation';

/** The form's fields in form order; the names are those of the request (and of problem `field`). */
export const ADMINISTRATOR_FIELDS = ['surname', 'givenName', 'patronymic', 'birthDate', 'snils'] as const;
type AdministratorField = (typeof ADMINISTRATOR_FIELDS)[number];
type Values = Record<AdministratorField, string>;

const EMPTY: Values = { surname: '', givenName: '', patronymic: '', birthDate: '', snils: '' };

function check(values: Values) {
  return collectErrors<AdministratorField>([
    ['surname', required(values.surname, 'Укажите фамилию.')],
    ['givenName', required(values.givenName, 'Укажите имя.')],
    ['snils', required(values.snils, 'Укажите СНИЛС: по нему человек войдёт через Госуслуги.')],
    ['snils', digits(digitsOnly(values.snils), 11, 'СНИЛС состоит из 11 цифр.')],
  ]);
}

interface AppointProps {
  schoolId: number;
  onAppointed: (admin: SchoolAdministrator) => void;
}

/** «Назначить администратора журнала». */
export function AppointAdministrator({ schoolId, onAppointed }: AppointProps) {
  const fetchImpl = useFetch();
  const [values, setValues] = useState<Values>(EMPTY);
  const [saving, setSaving] = useState(false);
  const form = useFormErrors(ADMINISTRATOR_FIELDS);

  const set = (field: AdministratorField) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  };
  const bind = (field: AdministratorField) => ({
    id: `admin-${field}`,
    value: values[field],
    onValue: set(field),
    error: form.fieldErrors[field],
    inputRef: form.register(field),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving || !form.showChecks(check(values))) return;
    setSaving(true);
    const result = await appointAdministrator(fetchImpl, schoolId, {
      surname: values.surname.trim(),
      givenName: values.givenName.trim(),
      patronymic: values.patronymic.trim(),
      birthDate: values.birthDate || null,
      snils: values.snils,
    });
    setSaving(false);
    if (result.ok) {
      setValues(EMPTY);
      form.reset();
      onAppointed(result.data);
    } else {
      form.showFailure(result);
    }
  }

  return (
    <section className="subsection" aria-labelledby="appoint-title">
      <h2 id="appoint-title" className="section-title">
        Назначить администратора журнала
      </h2>
      <p className="note form-intro">
        Укажите данные человека, как на Госуслугах: он войдёт в Журнал со своей подтверждённой
        учётной записью.
      </p>
      <form className="form" noValidate onSubmit={submit} aria-labelledby="appoint-title">
        <RequiredNote />
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        <div className="form__grid">
          <TextField {...bind('surname')} label="Фамилия" required autoComplete="off" />
          <TextField {...bind('givenName')} label="Имя" required autoComplete="off" />
          <TextField {...bind('patronymic')} label="Отчество" autoComplete="off" />
          <TextField {...bind('birthDate')} label="Дата рождения" type="date" className="input input--short"
            max={new Date().toISOString().slice(0, 10)} />
        </div>
        <SnilsField {...bind('snils')} required />
        <div className="actions">
          <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
            {saving ? 'Назначение…' : 'Назначить'}
          </button>
        </div>
      </form>
    </section>
  );
}
