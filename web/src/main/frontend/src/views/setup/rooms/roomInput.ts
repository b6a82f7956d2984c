import type { RoomInput } from '../../../api/rooms';
import { collectErrors, required } from '../../../forms/validation';

export const ROOM_FIELDS = ['buildingId', 'name', 'purpose', 'seats'] as const;
export type RoomField = (typeof ROOM_FIELDS)[number];
export type RoomValues = Record<RoomField, string>;

/** The form's checks, in Russian, before anything is sent. */
export function checkRoom(values: RoomValues) {
  const seats = values.seats.trim();
  return collectErrors<RoomField>([
    ['buildingId', required(values.buildingId, 'Выберите здание.')],
    ['name', required(values.name, 'Укажите номер или название кабинета, например 201.')],
    ['seats', seats && !/^\d{1,4}$/.test(seats) ? 'Число мест — целое число, например 30.' : null],
    ['seats', seats && /^\d{1,4}$/.test(seats) && (Number(seats) < 1 || Number(seats) > 1000) ? 'Число мест — от 1 до 1000.' : null],
  ]);
}

/** The request body for the form's values (blanks become null). */
export function roomInput(values: RoomValues): RoomInput {
  return {
    buildingId: values.buildingId ? Number(values.buildingId) : null,
    name: values.name.trim(),
    purpose: values.purpose.trim() || null,
    seats: values.seats.trim() ? Number(values.seats.trim()) : null,
  };
}
