import { useFetch } from '../../../api/ApiContext';
import { createClass, type SchoolClass } from '../../../api/classes';
import type { StaffMember } from '../../../api/staff';
import { FormAlert, RequiredNote, SelectField, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import { collectErrors, required } from '../../../forms/validation';

/**
 * The fields in form order, named as in the request (and problem `field`); `yearId` is chosen
 * above the form, so its errors are shown at the form's top.
 */
export const CLASS_FIELDS = ['grade', 'letter', 'classTeacherPersonId'] as const;
type ClassField = (typeof CLASS_FIELDS)[number];
type ClassValues = Record<ClassField, string>;

export const GRADES = Array.from({ length: 11 }, (_, i) => i + 1);
/** «А», «Б»…; schools also use up to three letters or digits («АБ», «1»). */
const LETTER = /^[А-ЯЁ0-9]{1,3}$/;

function check(values: ClassValues) {
  const letter = values.letter.trim().toUpperCase();
  return collectErrors<ClassField>([
    ['grade', required(values.grade, 'Выберите параллель: от 1 до 11.')],
    ['letter', required(letter, 'Укажите букву класса, например А.')],
    ['letter', letter && !LETTER.test(letter) ? 'Буква класса — русская буква (до трёх букв или цифр), например А или Б.' : null],
  ]);
}

interface ClassFormProps {
  schoolId: number;
  yearId: number;
  yearLabel: string;
  teachers: StaffMember[];
  /** Only the first page of the staff was loaded. */
  truncated?: boolean;
  onCreated: (created: SchoolClass) => void;
}

/** «Новый класс»: grade, letter and class teacher, in the chosen year. */
export function ClassForm({ schoolId, yearId, yearLabel, teachers, truncated = false, onCreated }: ClassFormProps) {
  const fetchImpl = useFetch();
  const initial: ClassValues = { grade: '', letter: '', classTeacherPersonId: '' };
  const form = useForm({ fields: CLASS_FIELDS, initial, idPrefix: 'class', check });
  const { bind, errors } = form;

  const submit = form.onSubmit(
    (v) =>
      createClass(fetchImpl, schoolId, {
        yearId,
        grade: Number(v.grade),
        letter: v.letter.trim().toUpperCase(),
        classTeacherPersonId: v.classTeacherPersonId ? Number(v.classTeacherPersonId) : null,
      }),
    (created) => {
      form.reset(initial);
      onCreated(created);
    },
  );

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="class-form-title">
      <h2 id="class-form-title" className="section-title">Новый класс на {yearLabel} учебный год</h2>
      <RequiredNote />
      <FormAlert message={errors.formError} alertRef={errors.alertRef} />
      <div className="form__grid">
        <SelectField {...bind('grade')} label="Параллель" required className="input select input--short">
          <option value="">Выберите</option>
          {GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {grade} класс
            </option>
          ))}
        </SelectField>
        <TextField {...bind('letter')} onValue={(value) => form.set('letter')(value.toUpperCase())} label="Буква" required autoComplete="off" maxLength={3}
          className="input input--short" placeholder="А" />
      </div>
      <SelectField {...bind('classTeacherPersonId')} label="Классный руководитель" className="input select input--name"
        hint={teachers.length === 0 ? 'Учителей пока нет: добавьте их на шаге «Сотрудники». Классного руководителя можно назначить позже.'
          : `В списке — сотрудники с должностью «Учитель»${truncated ? ' из первых 100 по алфавиту' : ''}.`}>
        <option value="">Не назначен</option>
        {teachers.map((teacher) => (
          <option key={teacher.personId} value={teacher.personId}>
            {teacher.displayName}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Создать класс" savingLabel="Создание…" />
      </div>
    </form>
  );
}
