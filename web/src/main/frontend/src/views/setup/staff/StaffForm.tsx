import { useFetch } from '../../../api/ApiContext';
import { addStaffMember, POSITION_LABELS, POSITIONS, type Position, type StaffMember } from '../../../api/staff';
import { FormAlert, RequiredNote, TextField } from '../../../components/Field';
import { FieldGroup, SubmitButton } from '../../../components/FormParts';
import { SnilsField } from '../../../components/SnilsField';
import { useForm } from '../../../forms/useForm';
import { collectErrors, digits, digitsOnly, required } from '../../../forms/validation';
import { today } from '../calendar/calendarLogic';

/** The fields in form order, named as in the request (and problem `field`). */
export const STAFF_FIELDS = ['surname', 'givenName', 'patronymic', 'birthDate', 'snils', 'positions'] as const;
type StaffField = (typeof STAFF_FIELDS)[number];
interface StaffValues {
  surname: string;
  givenName: string;
  patronymic: string;
  birthDate: string;
  snils: string;
  positions: Position[];
}

const EMPTY: StaffValues = { surname: '', givenName: '', patronymic: '', birthDate: '', snils: '', positions: ['TEACHER'] };

function check(values: StaffValues) {
  return collectErrors<StaffField>([
    ['surname', required(values.surname, 'Укажите фамилию.')],
    ['givenName', required(values.givenName, 'Укажите имя.')],
    ['snils', required(values.snils, 'Укажите СНИЛС: по нему сотрудник войдёт через Госуслуги.')],
    ['snils', digits(digitsOnly(values.snils), 11, 'СНИЛС состоит из 11 цифр.')],
    ['positions', values.positions.length > 0 ? null : 'Отметьте хотя бы одну должность.'],
  ]);
}

/**
 * «Добавить сотрудника»: name, birth date, СНИЛС and positions. The journal administrator position is offered
 * only to the region administrator, who appoints them (the server refuses it to the school's own administrator).
 */
export function StaffForm({ schoolId, onAdded, appointsAdministrators = true }: {
  schoolId: number;
  onAdded: (member: StaffMember) => void;
  appointsAdministrators?: boolean;
}) {
  const offered = appointsAdministrators ? POSITIONS : POSITIONS.filter((p) => p !== 'JOURNAL_ADMIN');
  const fetchImpl = useFetch();
  const form = useForm({ fields: STAFF_FIELDS, initial: EMPTY, idPrefix: 'staff', check });
  const { bind, values, errors } = form;
  const setPositions = form.set('positions');
  const toggle = (position: Position, on: boolean) =>
    setPositions(on ? POSITIONS.filter((p) => p === position || values.positions.includes(p)) : values.positions.filter((p) => p !== position));

  const submit = form.onSubmit(
    (v) =>
      addStaffMember(fetchImpl, schoolId, {
        surname: v.surname.trim(),
        givenName: v.givenName.trim(),
        patronymic: v.patronymic.trim(),
        birthDate: v.birthDate || null,
        snils: v.snils,
        positions: v.positions,
      }),
    (member) => {
      form.reset(EMPTY);
      onAdded(member);
    },
  );

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="staff-form-title">
      <h2 id="staff-form-title" className="section-title">Добавить сотрудника</h2>
      <RequiredNote />
      <FormAlert message={errors.formError} alertRef={errors.alertRef} />
      <div className="form__grid">
        <TextField {...bind('surname')} label="Фамилия" required autoComplete="off" />
        <TextField {...bind('givenName')} label="Имя" required autoComplete="off" />
        <TextField {...bind('patronymic')} label="Отчество" autoComplete="off" />
        <TextField {...bind('birthDate')} label="Дата рождения" type="date" className="input input--short" max={today()} />
      </div>
      <SnilsField {...bind('snils')} required />
      <FieldGroup id="staff-positions" legend="Должности" required error={errors.fieldErrors.positions}
        groupRef={errors.register('positions')} hint="Можно отметить несколько.">
        <div className="choices">
          {offered.map((position) => (
            <label key={position} className="choice">
              <input type="checkbox" checked={values.positions.includes(position)}
                onChange={(event) => toggle(position, event.target.checked)} />
              <span>{POSITION_LABELS[position]}</span>
            </label>
          ))}
        </div>
      </FieldGroup>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Добавить сотрудника" savingLabel="Добавление…" />
      </div>
    </form>
  );
}
