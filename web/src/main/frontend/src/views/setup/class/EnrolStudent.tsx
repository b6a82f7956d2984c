import { useFetch } from '../../../api/ApiContext';
import { enrolStudent, type PersonRef, type Sex } from '../../../api/classes';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormAlert, RequiredNote, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { SnilsField } from '../../../components/SnilsField';
import { useForm } from '../../../forms/useForm';
import { collectErrors, digits, digitsOnly, required } from '../../../forms/validation';
import { today } from '../calendar/calendarLogic';

/** The fields in form order, named as in the request (and problem `field`); `classId` errors go to the top. */
export const STUDENT_FIELDS = ['surname', 'givenName', 'patronymic', 'birthDate', 'sex', 'snils', 'arrivedOn', 'orderRef'] as const;
type StudentField = (typeof STUDENT_FIELDS)[number];
type SexChoice = Sex | 'UNKNOWN';
type StudentValues = Record<Exclude<StudentField, 'sex'>, string> & { sex: SexChoice };

const SEX_OPTIONS: ReadonlyArray<readonly [SexChoice, string]> = [['MALE', 'Мужской'], ['FEMALE', 'Женский'], ['UNKNOWN', 'Не указан']];

const blank = (): StudentValues => ({
  surname: '', givenName: '', patronymic: '', birthDate: '', sex: 'UNKNOWN', snils: '', arrivedOn: today(), orderRef: '',
});

function check(values: StudentValues) {
  return collectErrors<StudentField>([
    ['surname', required(values.surname, 'Укажите фамилию.')],
    ['givenName', required(values.givenName, 'Укажите имя.')],
    ['birthDate', required(values.birthDate, 'Укажите дату рождения.')],
    ['snils', values.snils ? digits(digitsOnly(values.snils), 11, 'СНИЛС состоит из 11 цифр — или оставьте поле пустым.') : null],
    ['arrivedOn', required(values.arrivedOn, 'Укажите дату прибытия в класс.')],
    ['orderRef', required(values.orderRef, 'Укажите номер приказа о зачислении, например «12-у от 01.09.2026».')],
  ]);
}

interface EnrolProps {
  schoolId: number;
  classId: number;
  className: string;
  onEnrolled: (student: PersonRef, arrivedOn: string) => void;
}

/** «Зачислить ученика» into this class from a date, by an order. */
export function EnrolStudent({ schoolId, classId, className, onEnrolled }: EnrolProps) {
  const fetchImpl = useFetch();
  const form = useForm({ fields: STUDENT_FIELDS, initial: blank(), idPrefix: 'student', check });
  const { bind, values, errors } = form;

  const submit = form.onSubmit(
    (v) =>
      enrolStudent(fetchImpl, schoolId, {
        surname: v.surname.trim(),
        givenName: v.givenName.trim(),
        patronymic: v.patronymic.trim(),
        birthDate: v.birthDate,
        sex: v.sex === 'UNKNOWN' ? null : v.sex,
        snils: v.snils || null,
        classId,
        arrivedOn: v.arrivedOn,
        orderRef: v.orderRef.trim(),
      }),
    (student, v) => {
      form.reset(blank());
      onEnrolled(student, v.arrivedOn);
    },
  );

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="enrol-title">
      <h2 id="enrol-title" className="section-title">Зачислить ученика в {className}</h2>
      <RequiredNote />
      <FormAlert message={errors.formError} alertRef={errors.alertRef} />
      <div className="form__grid">
        <TextField {...bind('surname')} label="Фамилия" required autoComplete="off" />
        <TextField {...bind('givenName')} label="Имя" required autoComplete="off" />
        <TextField {...bind('patronymic')} label="Отчество" autoComplete="off" />
        <TextField {...bind('birthDate')} label="Дата рождения" type="date" required className="input input--short" max={today()} />
      </div>
      <ChoiceGroup id="student-sex" legend="Пол" value={values.sex} options={SEX_OPTIONS} onValue={form.set('sex')}
        error={errors.fieldErrors.sex} groupRef={errors.register('sex')} />
      <SnilsField {...bind('snils')} />
      <div className="form__grid">
        <TextField {...bind('arrivedOn')} label="Дата прибытия" type="date" required className="input input--short"
          hint="С этой даты ученик в списке класса" />
        <TextField {...bind('orderRef')} label="Номер приказа" required autoComplete="off"
          hint="Приказ о зачислении, например 12-у от 01.09.2026" />
      </div>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Зачислить" savingLabel="Зачисление…" />
      </div>
    </form>
  );
}
