// Generated test data with correct check digits, so that every run adds new schools and people.

/** A random number of `length` digits as a string. */
export function randomDigits(length) {
  return Array.from({ length }, () => Math.floor(Math.random() * 10)).join('');
}

/** A legal entity's ИНН (10 digits) of the Krasnoyarsk region with a correct check digit. */
export function validInn() {
  const body = `24${randomDigits(7)}`;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return `${body}${(sum % 11) % 10}`;
}

/** An ОГРН (13 digits) with a correct check digit. */
export function validOgrn() {
  const body = `10224${randomDigits(7)}`;
  return `${body}${(BigInt(body) % 11n) % 10n}`;
}

/** A СНИЛС `123-456-789 01` with a correct checksum (numbers above 001-001-998 are checked). */
export function validSnils() {
  const digits = `${1 + Math.floor(Math.random() * 8)}${randomDigits(8)}`;
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  const mod = sum % 101;
  const check = String(mod === 100 ? 0 : mod).padStart(2, '0');
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${check}`;
}

/** The same СНИЛС with a wrong check number. */
export function wrongSnils(snils) {
  const check = Number(snils.slice(-2));
  return `${snils.slice(0, -2)}${String((check + 1) % 100).padStart(2, '0')}`;
}

/** A unique tag made of Cyrillic letters, for people's names (names accept letters, spaces, hyphens). */
export function nameTag(stamp) {
  const letters = 'абвгдежзик';
  return [...String(stamp)].map((digit) => letters[Number(digit)]).join('');
}
