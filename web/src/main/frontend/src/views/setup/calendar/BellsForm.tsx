import { useRef, useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { createBellSchedule, type BellSchedule, type BellSlot } from '../../../api/calendar';
import { FormAlert, TextField } from '../../../components/Field';
import { FieldGroup, SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import type { FieldErrors } from '../../../forms/useFormErrors';
import { nextSlot } from './calendarLogic';

const BELL_FIELDS = ['name', 'slots'] as const;
type BellField = (typeof BELL_FIELDS)[number];
interface BellValues {
  name: string;
  slots: BellSlot[];
}

const initial = (name: string): BellValues => ({ name, slots: [nextSlot([])] });

function check({ name, slots }: BellValues): FieldErrors<BellField> {
  const errors: FieldErrors<BellField> = {};
  if (!name.trim()) errors.name = 'Укажите название расписания, например «Основное».';
  if (slots.length === 0) errors.slots = 'Добавьте хотя бы один урок.';
  else if (slots.some((s) => !s.startsAt || !s.endsAt)) errors.slots = 'Укажите время начала и окончания каждого урока.';
  else {
    const wrong = slots.find((s, i) => s.endsAt <= s.startsAt || (i > 0 && s.startsAt < (slots[i - 1] as BellSlot).endsAt));
    if (wrong) errors.slots = `Урок ${wrong.number}: проверьте время — урок должен заканчиваться позже, чем начинается, и не раньше конца предыдущего.`;
  }
  return errors;
}

/** «Новое расписание звонков»: a name and the lessons; «Добавить урок» offers the next slot. */
export function BellsForm({ schoolId, suggestedName, onCreated }: { schoolId: number; suggestedName: string; onCreated: (s: BellSchedule) => void }) {
  const fetchImpl = useFetch();
  const form = useForm({ fields: BELL_FIELDS, initial: initial(suggestedName), idPrefix: 'bells', check });
  const { values, errors } = form;
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const setSlots = form.set('slots');
  const renumber = (slots: BellSlot[]) => slots.map((slot, i) => ({ ...slot, number: i + 1 }));
  const change = (index: number, key: 'startsAt' | 'endsAt', value: string) =>
    setSlots(values.slots.map((slot, i) => (i === index ? { ...slot, [key]: value } : slot)));

  function add() {
    const slot = nextSlot(values.slots);
    setSlots([...values.slots, slot]);
    setStatus(`Добавлен урок ${slot.number}: ${slot.startsAt}–${slot.endsAt}.`);
  }

  function remove(index: number) {
    setSlots(renumber(values.slots.filter((_, i) => i !== index)));
    setStatus(`Урок ${index + 1} удалён, номера уроков пересчитаны.`);
    addButton.current?.focus();
  }

  const submit = form.onSubmit(
    (v) => createBellSchedule(fetchImpl, schoolId, { name: v.name.trim(), slots: v.slots }),
    (schedule) => {
      form.reset(initial(''));
      setStatus('');
      onCreated(schedule);
    },
  );

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="bells-form-title">
      <h3 id="bells-form-title" className="subsection-title">Новое расписание звонков</h3>
      <FormAlert message={errors.formError} alertRef={errors.alertRef} />
      <TextField {...form.bind('name')} label="Название" required autoComplete="off" className="input input--short"
        hint="Например: Основное, Сокращённые уроки, Суббота" />
      <FieldGroup id="bells-slots" legend="Уроки" required error={errors.fieldErrors.slots} groupRef={errors.register('slots')}
        hint={`Новый урок начинается через 10 минут после предыдущего и длится 45 минут; время можно изменить.`}>
        <ol className="rows">
          {values.slots.map((slot, index) => {
            const id = `bells-slot-${index + 1}`;
            return (
              <li key={index} className="rows__item">
                <div role="group" aria-labelledby={`${id}-title`} className="row row--slot">
                  <span id={`${id}-title`} className="row__title">{slot.number} урок</span>
                  <span className="row__field">
                    <label className="row__label" htmlFor={`${id}-start`}>Начало</label>
                    <input id={`${id}-start`} className="input" type="time" value={slot.startsAt}
                      onChange={(event) => change(index, 'startsAt', event.target.value)} />
                  </span>
                  <span className="row__field">
                    <label className="row__label" htmlFor={`${id}-end`}>Окончание</label>
                    <input id={`${id}-end`} className="input" type="time" value={slot.endsAt}
                      onChange={(event) => change(index, 'endsAt', event.target.value)} />
                  </span>
                  <button type="button" className="button button--secondary button--small row__remove" onClick={() => remove(index)}>
                    Удалить<span className="visually-hidden"> урок {slot.number}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="row-actions">
          <button ref={addButton} type="button" className="button button--secondary button--small" onClick={add}>
            <span aria-hidden="true">+&nbsp;</span>Добавить урок
          </button>
        </div>
        <p className="rows__status" role="status">{status}</p>
      </FieldGroup>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Сохранить расписание звонков" savingLabel="Сохранение…" />
      </div>
    </form>
  );
}
