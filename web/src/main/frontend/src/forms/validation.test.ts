import { describe, expect, it } from 'vitest';
import { caretAfterDigits, collectErrors, digits, formatSnils, required } from './validation';

describe('formatSnils', () => {
  it('formats progressively, never ending on a separator', () => {
    expect(formatSnils('112')).toBe('112');
    expect(formatSnils('1122')).toBe('112-2');
    expect(formatSnils('1122334')).toBe('112-233-4');
    expect(formatSnils('1122334459')).toBe('112-233-445 9');
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
  });

  it('accepts pasted separators and drops extra digits', () => {
    expect(formatSnils('112 233 445-95')).toBe('112-233-445 95');
    expect(formatSnils('112-233-445 9577')).toBe('112-233-445 95');
  });

  it('keeps the caret after the same digit', () => {
    expect(caretAfterDigits('112-233-445 95', 4)).toBe(5);
    expect(caretAfterDigits('112-233-445 95', 0)).toBe(0);
    expect(caretAfterDigits('112', 9)).toBe(3);
  });
});

describe('checks', () => {
  it('reports the first error per field', () => {
    const errors = collectErrors([
      ['inn', required('', 'Укажите ИНН.')],
      ['inn', digits('', 10, '10 цифр.')],
      ['name', required('Лицей', 'Укажите название.')],
    ]);
    expect(errors).toEqual({ inn: 'Укажите ИНН.' });
  });

  it('counts digits after spaces are removed', () => {
    expect(digits('24 6000 0003', 10, 'x')).toBeNull();
    expect(digits('246000000', 10, 'x')).toBe('x');
  });
});
