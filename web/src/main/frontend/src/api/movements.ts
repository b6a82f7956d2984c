import { request } from './http';

/** A student's movement history and recording movements (`/api/v1/students/{id}/movement-history`, `/movements`). */

export type MovementKind = 'ARRIVE' | 'LEAVE' | 'TRANSFER' | 'GROUP_JOIN' | 'GROUP_LEAVE';

export interface MovementEvent {
  id: number;
  kind: MovementKind;
  date: string;
  classId: number;
  className: string;
  yearLabel: string;
  groupId: number | null;
  groupName: string | null;
  orderRef: string | null;
}

export interface MovementHistory {
  personId: number;
  displayName: string;
  schoolId: number;
  currentClassId: number | null;
  currentClassName: string | null;
  events: MovementEvent[];
}

export interface NewMovement {
  kind: 'LEAVE' | 'TRANSFER';
  date: string;
  toClassId: number | null;
  orderRef: string;
}

export const MOVEMENT_LABELS: Readonly<Record<MovementKind, string>> = {
  ARRIVE: 'Прибытие в класс',
  LEAVE: 'Выбытие из школы',
  TRANSFER: 'Перевод из класса',
  GROUP_JOIN: 'Зачисление в группу',
  GROUP_LEAVE: 'Выход из группы',
};

export async function getMovementHistory(fetchImpl: typeof fetch, personId: number, signal?: AbortSignal) {
  const result = await request<MovementHistory>(fetchImpl, `/api/v1/students/${personId}/movement-history`, { signal });
  if (!result.ok) return result;
  return { ...result, data: { ...result.data, events: result.data.events ?? [] } };
}

export function recordMovement(fetchImpl: typeof fetch, personId: number, movement: NewMovement) {
  return request<unknown>(fetchImpl, `/api/v1/students/${personId}/movements`, {
    method: 'POST',
    body: { ...movement, orderRef: movement.orderRef || null },
  });
}
