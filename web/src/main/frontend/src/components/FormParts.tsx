import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { describedBy, FieldError, FieldHint, RequiredMark } from './Field';

/** The form's main button; it stays focusable while the request is under way. */
export function SubmitButton({ saving, label, savingLabel }: { saving: boolean; label: string; savingLabel: string }) {
  return (
    <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
      {saving ? savingLabel : label}
    </button>
  );
}

interface FieldGroupProps {
  id: string;
  legend: string;
  required?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  /** The group takes the focus when the server rejects it as a whole (`periods`, `slots`…). */
  groupRef?: Ref<HTMLFieldSetElement> | undefined;
  className?: string;
  children: ReactNode;
}

/** A group of controls under a legend (rows, checkboxes, radios) with one hint and one error. */
export function FieldGroup({ id, legend, required, hint, error, groupRef, className, children }: FieldGroupProps) {
  const classes = ['fieldset', error ? 'fieldset--invalid' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <fieldset id={id} ref={groupRef} className={classes} tabIndex={-1} aria-describedby={describedBy(id, hint, error)}>
      <legend className="field__label fieldset__legend">
        {legend}
        {required && <RequiredMark />}
      </legend>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/**
 * A success message in a live region that is always there (so it is announced); a new message
 * takes the focus, which also brings it into view after a long form.
 */
export function Flash({ message }: { message: string }) {
  const element = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) element.current?.focus();
  }, [message]);
  return (
    <p className={message ? 'flash' : 'flash flash--empty'} role="status" tabIndex={-1} ref={element}>
      {message && (
        <span className="flash__mark" aria-hidden="true">
          ✓
        </span>
      )}
      {message}
    </p>
  );
}
