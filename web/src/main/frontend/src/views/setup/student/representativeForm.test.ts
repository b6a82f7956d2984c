import { describe, expect, it } from 'vitest';
import { blankRepresentative, checkRepresentative, representativeRequest } from './representativeForm';

describe('the representative form', () => {
  it('needs the names and the kind, and checks SNILS, phone and e-mail only when given', () => {
    expect(Object.keys(checkRepresentative(blankRepresentative()))).toEqual(['surname', 'givenName', 'kind']);
    const filled = { ...blankRepresentative(), surname: 'Петров', givenName: 'Сергей', kind: 'FATHER' };
    expect(checkRepresentative(filled)).toEqual({});
    expect(checkRepresentative({ ...filled, snils: '123', phone: 'звонить', email: 'petrov@' })).toEqual({
      snils: 'СНИЛС состоит из 11 цифр — или оставьте поле пустым.',
      phone: 'Телефон — цифры, например +7 913 123-45-67.',
      email: 'Адрес почты — в виде name@example.ru.',
    });
    expect(checkRepresentative({ ...filled, phone: '8 (913) 123-45-67', email: 'petrov@example.ru' })).toEqual({});
  });

  it('sends blanks as null', () => {
    const body = representativeRequest({ ...blankRepresentative(), surname: ' Петров ', givenName: 'Сергей', kind: 'FATHER' });
    expect(body).toEqual({
      surname: 'Петров', givenName: 'Сергей', patronymic: '', birthDate: null, snils: null, kind: 'FATHER',
      validFrom: null, phone: null, email: null,
    });
  });
});
