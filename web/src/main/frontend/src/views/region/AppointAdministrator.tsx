import { useFetch } from '../../api/ApiContext';
import { appointAdministrator, type SchoolAdministrator } from '../../api/region';
import { FormAlert, RequiredNote, TextField } from '../../components/Field';
import { SubmitButton } from '../../components/FormParts';
import { SnilsField } from '../../components/SnilsField';
import { useForm } from '../../forms/useForm';
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
  const form = useForm({ fields: ADMINISTRATOR_FIELDS, initial: EMPTY, idPrefix: 'admin', check });
  const { bind } = form;

  const submit = form.onSubmit(
    (values) =>
      appointAdministrator(fetchImpl, schoolId, {
        surname: values.surname.trim(),
        givenName: values.givenName.trim(),
        patronymic: values.patronymic.trim(),
        birthDate: values.birthDate || null,
        snils: values.snils,
      }),
    (admin) => {
      form.reset(EMPTY);
      onAppointed(admin);
    },
  );

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
        <FormAlert message={form.errors.formError} alertRef={form.errors.alertRef} />
        <div className="form__grid">
          <TextField {...bind('surname')} label="Фамилия" required autoComplete="off" />
          <TextField {...bind('givenName')} label="Имя" required autoComplete="off" />
          <TextField {...bind('patronymic')} label="Отчество" autoComplete="off" />
          <TextField {...bind('birthDate')} label="Дата рождения" type="date" className="input input--short"
            max={new Date().toISOString().slice(0, 10)} />
        </div>
        <SnilsField {...bind('snils')} required />
        <div className="actions">
          <SubmitButton saving={form.saving} label="Назначить" savingLabel="Назначение…" />
        </div>
      </form>
    </section>
  );
}
