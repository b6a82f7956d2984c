import { describe, expect, it } from 'vitest';
import { toChange } from './changes';

describe('toChange', () => {
  it('builds each kind of substitution request', () => {
    expect(toChange('cancel', '', '', ' Карантин ')).toEqual({ kind: 'cancel', reason: 'Карантин' });
    expect(toChange('teacher', '12', '', 'Болезнь')).toEqual({ kind: 'teacher', teacherId: 12, reason: 'Болезнь' });
    expect(toChange('room', '3', '', '')).toEqual({ kind: 'room', roomId: 3, reason: '' });
    expect(toChange('move', '2026-09-17', '5', '')).toEqual({ kind: 'move', date: '2026-09-17', slotNumber: 5, reason: '' });
  });

  it('says in Russian what is missing', () => {
    expect(toChange('cancel', '', '', '  ')).toBe('Укажите причину отмены урока');
    expect(toChange('teacher', '', '', '')).toBe('Выберите учителя');
    expect(toChange('move', '2026-09-17', '', '')).toBe('Укажите дату и номер урока');
  });
});
