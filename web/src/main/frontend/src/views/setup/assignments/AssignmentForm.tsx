import { useFetch } from '../../../api/ApiContext';
import { createAssignment, type Assignment, type Stream } from '../../../api/assignments';
import { getClass, type SchoolClass } from '../../../api/classes';
import type { StaffMember } from '../../../api/staff';
import type { Subject } from '../../../api/subjects';
import { useResource } from '../../../api/useResource';
import { FormAlert, RequiredNote, SelectField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import { collectErrors, required } from '../../../forms/validation';
import { audienceOf, classOf } from './audience';

/** Named as the request's fields, so that the server's field errors land on them. */
const FIELDS = ['teacherPersonId', 'subjectId', 'classId', 'groupId'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = { teacherPersonId: '', subjectId: '', classId: '', groupId: '' };

interface AssignmentFormProps {
  schoolId: number;
  yearId: number;
  teachers: StaffMember[];
  subjects: Subject[];
  classes: SchoolClass[];
  streams: Stream[];
  onCreated: (assignment: Assignment) => void;
}

/** «Назначить нагрузку»: teacher × subject × class (whole, or one of its groups) or stream. */
export function AssignmentForm({ schoolId, yearId, teachers, subjects, classes, streams, onCreated }: AssignmentFormProps) {
  const fetchImpl = useFetch();
  const form = useForm({
    fields: FIELDS,
    initial: EMPTY,
    idPrefix: 'assignment',
    check: (v) => collectErrors<(typeof FIELDS)[number]>([
      ['teacherPersonId', required(v.teacherPersonId, 'Выберите учителя.')],
      ['subjectId', required(v.subjectId, 'Выберите предмет.')],
      ['classId', required(v.classId, 'Выберите класс или поток.')],
    ]),
  });
  const chosenClass = classOf(form.values.classId, classes);
  const details = useResource(
    (signal) => (chosenClass ? getClass(fetchImpl, chosenClass.id, '', signal) : Promise.resolve({ ok: true as const, status: 200, data: null })),
    `assignment-class/${chosenClass?.id ?? 0}`,
  );
  const groups = details.data?.groups ?? [];

  const submit = form.onSubmit(
    (v) => createAssignment(fetchImpl, schoolId, {
      academicYearId: yearId,
      subjectId: Number(v.subjectId),
      teacherPersonId: Number(v.teacherPersonId),
      ...audienceOf(v.classId, v.groupId),
      validFrom: null,
    }),
    (created, v) => {
      form.reset({ ...EMPTY, teacherPersonId: v.teacherPersonId, classId: v.classId });
      onCreated(created);
    },
  );

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="assignment-form-title">
      <h2 id="assignment-form-title" className="section-title">Назначить нагрузку</h2>
      <RequiredNote />
      <FormAlert message={form.errors.formError} alertRef={form.errors.alertRef} />
      <div className="form__grid">
        <SelectField {...form.bind('teacherPersonId')} label="Учитель" required className="input select input--name"
          hint={teachers.length === 0 ? 'Учителей пока нет: добавьте их на шаге «Сотрудники».' : undefined}>
          <option value="">Выберите</option>
          {teachers.map((t) => <option key={t.personId} value={t.personId}>{t.displayName}</option>)}
        </SelectField>
        <SelectField {...form.bind('subjectId')} label="Предмет" required className="input select">
          <option value="">Выберите</option>
          {subjects.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </SelectField>
      </div>
      <div className="form__grid">
        <SelectField {...form.bind('classId')} onValue={(value) => form.setValues((v) => ({ ...v, classId: value, groupId: '' }))}
          label="Класс или поток" required className="input select">
          <option value="">Выберите</option>
          <optgroup label="Классы">
            {classes.map((c) => <option key={c.id} value={`class:${c.id}`}>{c.name}</option>)}
          </optgroup>
          {streams.length > 0 && (
            <optgroup label="Потоки">
              {streams.map((s) => <option key={s.id} value={`stream:${s.id}`}>{s.name}</option>)}
            </optgroup>
          )}
        </SelectField>
        {chosenClass && groups.length > 0 && (
          <SelectField {...form.bind('groupId')} label="Группа" className="input select"
            hint="Для предметов, где класс делится на группы">
            <option value="">Весь класс</option>
            {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </SelectField>
        )}
      </div>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Назначить" savingLabel="Сохранение…" />
      </div>
    </form>
  );
}
