import { request } from './http';

/** A school's buildings and rooms (`/api/v1/schools/{id}/buildings`, `/rooms`). */

export interface Building {
  id: number;
  name: string;
  address?: string | null;
}

export interface Room {
  id: number;
  buildingId: number;
  buildingName: string;
  /** «201», «Спортзал». */
  name: string;
  purpose?: string | null;
  seats?: number | null;
}

export interface RoomInput {
  buildingId: number | null;
  name: string;
  purpose: string | null;
  seats: number | null;
}

type Signal = AbortSignal | undefined;

export const buildingsUrl = (schoolId: number) => `/api/v1/schools/${schoolId}/buildings`;
export const roomsUrl = (schoolId: number) => `/api/v1/schools/${schoolId}/rooms`;

export function listBuildings(fetchImpl: typeof fetch, schoolId: number, signal?: Signal) {
  return request<Building[]>(fetchImpl, buildingsUrl(schoolId), { signal });
}

export function createBuilding(fetchImpl: typeof fetch, schoolId: number, building: { name: string; address: string | null }) {
  return request<Building>(fetchImpl, buildingsUrl(schoolId), { method: 'POST', body: building });
}

export function listRooms(fetchImpl: typeof fetch, schoolId: number, signal?: Signal) {
  return request<Room[]>(fetchImpl, roomsUrl(schoolId), { signal });
}

export function createRoom(fetchImpl: typeof fetch, schoolId: number, room: RoomInput) {
  return request<Room>(fetchImpl, roomsUrl(schoolId), { method: 'POST', body: room });
}

/** Renames a room (and changes its building, purpose and seats: the whole description is sent). */
export function describeRoom(fetchImpl: typeof fetch, schoolId: number, roomId: number, room: RoomInput) {
  return request<Room>(fetchImpl, `${roomsUrl(schoolId)}/${roomId}`, { method: 'PUT', body: room });
}
