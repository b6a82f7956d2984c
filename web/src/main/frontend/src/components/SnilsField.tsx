import { useLayoutEffect, useRef, type RefCallback } from 'react';
import { caretAfterDigits, formatSnils } from '../forms/validation';
import { TextField } from './Field';

interface SnilsFieldProps {
  id: string;
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
  inputRef: RefCallback<HTMLInputElement>;
  required?: boolean;
}

/**
 * СНИЛС as `123-456-789 01`: digits may be typed or pasted with any separators; the dashes and
 * the space are put in while typing, and the caret stays after the same digit.
 */
export function SnilsField({ id, value, onValue, error, inputRef, required = false }: SnilsFieldProps) {
  const input = useRef<HTMLInputElement | null>(null);
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    if (caret.current !== null && input.current === document.activeElement) {
      input.current?.setSelectionRange(caret.current, caret.current);
    }
    caret.current = null;
  }, [value]);

  function change(raw: string) {
    const element = input.current;
    const position = element?.selectionStart ?? raw.length;
    const digitsBefore = raw.slice(0, position).replace(/\D/g, '').length;
    const formatted = formatSnils(raw);
    caret.current = caretAfterDigits(formatted, digitsBefore);
    onValue(formatted);
  }

  return (
    <TextField
      id={id}
      label="СНИЛС"
      value={value}
      onValue={change}
      error={error}
      required={required}
      hint="11 цифр, например 123-456-789 01"
      inputMode="numeric"
      autoComplete="off"
      className="input input--short"
      inputRef={(element) => {
        input.current = element;
        inputRef(element);
      }}
    />
  );
}
