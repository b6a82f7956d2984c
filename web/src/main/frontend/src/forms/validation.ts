/** Client-side checks for the obvious only; the server is the authority on every rule. */

export const digitsOnly = (value: string) => value.replace(/\D/g, '');

/** Removes spaces people paste along with numbers ("24 6500 1234"). */
export const compact = (value: string) => value.replace(/\s+/g, '');

export function required(value: string, message: string): string | null {
  return value.trim() ? null : message;
}

/** Exactly `count` digits (after spaces are removed). */
export function digits(value: string, count: number, message: string): string | null {
  return new RegExp(`^\\d{${count}}$`).test(compact(value)) ? null : message;
}

/** Formats up to 11 digits of a СНИЛС as `123-456-789 01`, progressively while typing. */
export function formatSnils(value: string): string {
  const d = digitsOnly(value).slice(0, 11);
  let out = d.slice(0, 3);
  if (d.length > 3) out += `-${d.slice(3, 6)}`;
  if (d.length > 6) out += `-${d.slice(6, 9)}`;
  if (d.length > 9) out += ` ${d.slice(9)}`;
  return out;
}

/** Where the caret goes in `formatted` so that it stays after the same number of digits. */
export function caretAfterDigits(formatted: string, digitCount: number): number {
  if (digitCount <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i += 1) {
    if (/\d/.test(formatted.charAt(i))) seen += 1;
    if (seen === digitCount) return i + 1;
  }
  return formatted.length;
}

/** Keeps the first error per field, in the order the checks are listed. */
export function collectErrors<F extends string>(
  checks: ReadonlyArray<readonly [F, string | null]>,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const [field, error] of checks) {
    if (error && !errors[field]) errors[field] = error;
  }
  return errors;
}
