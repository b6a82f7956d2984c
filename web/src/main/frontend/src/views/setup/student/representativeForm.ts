import type { GuardianKind, NewRepresentative } from '../../../api/people';
import { collectErrors, digits, digitsOnly, required } from '../../../forms/validation';

/** The fields in form order, named as in the request (and problem `field`). */
export const REPRESENTATIVE_FIELDS = ['surname', 'givenName', 'patronymic', 'kind', 'birthDate', 'snils', 'phone', 'email'] as const;
export type RepresentativeField = (typeof REPRESENTATIVE_FIELDS)[number];
export type RepresentativeValues = Record<RepresentativeField, string>;

export const blankRepresentative = (): RepresentativeValues => ({
  surname: '', givenName: '', patronymic: '', kind: '', birthDate: '', snils: '', phone: '', email: '',
});

const PHONE = /^\+?[0-9 ()-]{10,20}$/;
const EMAIL = /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/;

export function checkRepresentative(values: RepresentativeValues) {
  const phone = values.phone.trim();
  const email = values.email.trim();
  return collectErrors<RepresentativeField>([
    ['surname', required(values.surname, 'Укажите фамилию.')],
    ['givenName', required(values.givenName, 'Укажите имя.')],
    ['kind', required(values.kind, 'Выберите, кем представитель приходится ученику.')],
    ['snils', values.snils ? digits(digitsOnly(values.snils), 11, 'СНИЛС состоит из 11 цифр — или оставьте поле пустым.') : null],
    ['phone', phone && !PHONE.test(phone) ? 'Телефон — цифры, например +7 913 123-45-67.' : null],
    ['email', email && !EMAIL.test(email) ? 'Адрес почты — в виде name@example.ru.' : null],
  ]);
}

/** The request body: blanks become null, the representation starts today (the server's default). */
export function representativeRequest(values: RepresentativeValues): NewRepresentative {
  return {
    surname: values.surname.trim(),
    givenName: values.givenName.trim(),
    patronymic: values.patronymic.trim(),
    birthDate: values.birthDate || null,
    snils: values.snils || null,
    kind: values.kind as GuardianKind,
    validFrom: null,
    phone: values.phone.trim() || null,
    email: values.email.trim() || null,
  };
}
