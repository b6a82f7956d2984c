import { describe, expect, it } from 'vitest';
import { checkRoom, roomInput } from './roomInput';

const filled = { buildingId: '2', name: ' 201 ', purpose: '', seats: '' };

describe('the room form', () => {
  it('needs a building and a name; seats, when given, are 1 to 1000', () => {
    expect(checkRoom({ buildingId: '', name: '', purpose: '', seats: '' })).toEqual({
      buildingId: 'Выберите здание.', name: 'Укажите номер или название кабинета, например 201.',
    });
    expect(checkRoom(filled)).toEqual({});
    expect(checkRoom({ ...filled, seats: 'тридцать' })).toEqual({ seats: 'Число мест — целое число, например 30.' });
    expect(checkRoom({ ...filled, seats: '0' })).toEqual({ seats: 'Число мест — от 1 до 1000.' });
  });

  it('sends blanks as null', () => {
    expect(roomInput(filled)).toEqual({ buildingId: 2, name: '201', purpose: null, seats: null });
    expect(roomInput({ ...filled, purpose: ' Физика ', seats: '30' })).toEqual({ buildingId: 2, name: '201', purpose: 'Физика', seats: 30 });
  });
});
