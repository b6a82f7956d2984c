import { useFetch } from '../../../api/ApiContext';
import { addRepresentative, GUARDIAN_KIND_LABELS, type GuardianKind, type Representative } from '../../../api/people';
import { FormAlert, RequiredNote, SelectField, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { SnilsField } from '../../../components/SnilsField';
import { useForm } from '../../../forms/useForm';
import { today } from '../calendar/calendarLogic';
import { blankRepresentative, checkRepresentative, REPRESENTATIVE_FIELDS, representativeRequest } from './representativeForm';

/** «Добавить законного представителя»: a new person card, or the existing one the SNILS finds. */
export function RepresentativeForm({ personId, onAdded }: { personId: number; onAdded: (r: Representative) => void }) {
  const fetchImpl = useFetch();
  const form = useForm({ fields: REPRESENTATIVE_FIELDS, initial: blankRepresentative(), idPrefix: 'representative', check: checkRepresentative });
  const { bind, errors } = form;
  const submit = form.onSubmit(
    (v) => addRepresentative(fetchImpl, personId, representativeRequest(v)),
    (added) => {
      form.reset(blankRepresentative());
      onAdded(added);
    },
  );
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="representative-form-title">
      <h3 id="representative-form-title" className="subsection-title">Добавить законного представителя</h3>
      <RequiredNote />
      <FormAlert message={errors.formError} alertRef={errors.alertRef} />
      <div className="form__grid">
        <TextField {...bind('surname')} label="Фамилия" required autoComplete="off" />
        <TextField {...bind('givenName')} label="Имя" required autoComplete="off" />
        <TextField {...bind('patronymic')} label="Отчество" autoComplete="off" />
        <SelectField {...bind('kind')} label="Кем приходится" required className="input select">
          <option value="">Выберите</option>
          {(Object.keys(GUARDIAN_KIND_LABELS) as GuardianKind[]).map((kind) => (
            <option key={kind} value={kind}>{GUARDIAN_KIND_LABELS[kind]}</option>
          ))}
        </SelectField>
      </div>
      <div className="form__grid">
        <TextField {...bind('birthDate')} label="Дата рождения" type="date" className="input input--short" max={today()} />
        <SnilsField {...bind('snils')} />
      </div>
      <p className="note">Если у человека уже есть карточка с этим СНИЛС (например, он представитель брата или сестры), будет использована она.</p>
      <div className="form__grid">
        <TextField {...bind('phone')} label="Телефон" type="tel" autoComplete="off" placeholder="+7 913 123-45-67" />
        <TextField {...bind('email')} label="Электронная почта" type="email" autoComplete="off" />
      </div>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Добавить представителя" savingLabel="Добавление…" />
      </div>
    </form>
  );
}
