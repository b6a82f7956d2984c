import { useFetch } from '../../../api/ApiContext';
import { createRoom, type Building, type Room } from '../../../api/rooms';
import { FormAlert, RequiredNote, SelectField, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import { checkRoom, ROOM_FIELDS, roomInput, type RoomValues } from './roomInput';

/** «Новый кабинет»: building, number or name, purpose and seats. */
export function RoomForm({ schoolId, buildings, onCreated }: {
  schoolId: number;
  buildings: Building[];
  onCreated: (room: Room) => void;
}) {
  const fetchImpl = useFetch();
  const initial: RoomValues = { buildingId: buildings.length === 1 ? String(buildings[0]!.id) : '', name: '', purpose: '', seats: '' };
  const form = useForm({ fields: ROOM_FIELDS, initial, idPrefix: 'room', check: checkRoom });
  const submit = form.onSubmit(
    (v) => createRoom(fetchImpl, schoolId, roomInput(v)),
    (room, v) => {
      form.reset({ ...initial, buildingId: v.buildingId });
      onCreated(room);
    },
  );
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="room-form-title">
      <h3 id="room-form-title" className="subsection-title">Новый кабинет</h3>
      <RequiredNote />
      <FormAlert message={form.errors.formError} alertRef={form.errors.alertRef} />
      <div className="form__grid">
        <SelectField {...form.bind('buildingId')} label="Здание" required className="input select">
          <option value="">Выберите</option>
          {buildings.map((building) => (
            <option key={building.id} value={building.id}>{building.name}</option>
          ))}
        </SelectField>
        <TextField {...form.bind('name')} label="Номер или название" required autoComplete="off"
          className="input input--short" placeholder="201" />
      </div>
      <div className="form__grid">
        <TextField {...form.bind('purpose')} label="Назначение" autoComplete="off" placeholder="Кабинет физики" />
        <TextField {...form.bind('seats')} label="Мест" inputMode="numeric" autoComplete="off" className="input input--short" />
      </div>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Добавить кабинет" savingLabel="Добавление…" />
      </div>
    </form>
  );
}
