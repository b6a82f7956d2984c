import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  required?: boolean | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

/** Ids the control must reference with `aria-describedby`. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label, hint and error around one control; the error is text, not colour alone. */
export function FieldFrame({ id, label, required, hint, error, children }: FieldFrameProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'>;

interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

export function TextField({ id, label, value, onValue, hint, error, required, inputRef, ...rest }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error}>
      <input
        ref={inputRef}
        id={id}
        className="input"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </FieldFrame>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'>;

interface SelectFieldProps extends SelectProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement> | undefined;
  /** The same as `selectRef` (what `useForm().bind` gives). */
  inputRef?: Ref<HTMLSelectElement> | undefined;
  children: ReactNode;
}

export function SelectField({ id, label, value, onValue, hint, error, required, selectRef, inputRef, children, ...rest }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error}>
      <select
        ref={selectRef ?? inputRef}
        id={id}
        className="input select"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

/** A message about the whole form, at its top; it takes the focus when shown. */
export function FormAlert({ message, alertRef }: { message: string | null; alertRef: Ref<HTMLDivElement> }) {
  if (!message) return null;
  return (
    <div className="form-alert" role="alert" tabIndex={-1} ref={alertRef}>
      {message}
    </div>
  );
}

/** «Поля, отмеченные *, обязательны.» */
export function RequiredNote() {
  return <p className="note form-note">Поля, отмеченные звёздочкой (*), обязательны.</p>;
}

/** The «*» after a required field's label (the form says what it means once). */
export function RequiredMark() {
  return (
    <span className="field__required" aria-hidden="true">
      {' '}*
    </span>
  );
}

/** A field's hint, referenced by the input's aria-describedby as `${id}-hint`. */
export function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

/** A field's error, referenced by the input's aria-describedby as `${id}-error`. */
export function FieldError({ id, error }: { id: string; error?: ReactNode }) {
  return error ? (
    <p className="field__error" id={`${id}-error`}>
      <span className="field__error-mark" aria-hidden="true">
        !
      </span>
      {error}
    </p>
  ) : null;
}
