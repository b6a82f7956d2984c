import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { describeRoom, type Room } from '../../../api/rooms';

/** The rooms by building, each renamed in place («Переименовать» → the new name → «Сохранить»). */
export function RoomsTable({ schoolId, rooms, onRenamed }: {
  schoolId: number;
  rooms: Room[];
  onRenamed: (room: Room) => void;
}) {
  if (rooms.length === 0) {
    return (
      <p className="empty empty--inline" role="status">
        Кабинетов пока нет. Добавьте здание, затем кабинеты в нём: их выбирают в расписании.
      </p>
    );
  }
  return (
    <div className="table-wrap table-wrap--always">
      <table className="table">
        <caption className="visually-hidden">Кабинеты школы</caption>
        <thead>
          <tr>
            <th scope="col">Здание</th>
            <th scope="col">Кабинет</th>
            <th scope="col">Назначение</th>
            <th scope="col" className="numeric">Мест</th>
            <th scope="col"><span className="visually-hidden">Действия</span></th>
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => (
            <RoomRow key={room.id} schoolId={schoolId} room={room} onRenamed={onRenamed} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RoomRow({ schoolId, room, onRenamed }: { schoolId: number; room: Room; onRenamed: (room: Room) => void }) {
  const fetchImpl = useFetch();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(room.name);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const inputId = `room-${room.id}-name`;

  async function save() {
    if (!name.trim()) {
      setError('Укажите номер или название кабинета.');
      return;
    }
    setSaving(true);
    const result = await describeRoom(fetchImpl, schoolId, room.id, {
      buildingId: room.buildingId, name: name.trim(), purpose: room.purpose ?? null, seats: room.seats ?? null,
    });
    setSaving(false);
    if (result.ok) {
      setEditing(false);
      setError('');
      onRenamed(result.data);
    } else {
      setError(result.message);
    }
  }

  return (
    <tr>
      <td>{room.buildingName}</td>
      <th scope="row">
        {editing ? (
          <>
            <label className="visually-hidden" htmlFor={inputId}>Новое название кабинета {room.name}</label>
            <input id={inputId} className="input input--short" value={name} autoComplete="off"
              aria-invalid={error ? true : undefined} aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(event) => setName(event.target.value)} />
            {error && <p id={`${inputId}-error`} className="field__error" role="alert">{error}</p>}
          </>
        ) : room.name}
      </th>
      <td>{room.purpose ?? <span className="muted">—</span>}</td>
      <td className="numeric">{room.seats ?? <span className="muted">—</span>}</td>
      <td>
        {editing ? (
          <>
            <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()}>
              {saving ? 'Сохранение…' : 'Сохранить'}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => { setEditing(false); setName(room.name); setError(''); }}>
              Отмена
            </button>
          </>
        ) : (
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Переименовать<span className="visually-hidden"> кабинет {room.name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
