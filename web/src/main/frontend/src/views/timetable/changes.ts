import type { LessonChange } from '../../api/timetable';

export type Kind = LessonChange['kind'];

/** The request for a change, or what is missing (in Russian). */
export function toChange(kind: Kind, value: string, slot: string, reason: string): LessonChange | string {
  switch (kind) {
    case 'cancel':
      return reason.trim() ? { kind, reason: reason.trim() } : 'Укажите причину отмены урока';
    case 'teacher':
      return value ? { kind, teacherId: Number(value), reason } : 'Выберите учителя';
    case 'room':
      return value ? { kind, roomId: Number(value), reason } : 'Выберите кабинет';
    case 'move':
      return value && Number(slot) > 0 ? { kind, date: value, slotNumber: Number(slot), reason } : 'Укажите дату и номер урока';
  }
}
