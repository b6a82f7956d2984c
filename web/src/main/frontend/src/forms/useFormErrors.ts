import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiFailure } from '../api/http';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * The errors of one form: per field (shown under the field) and for the whole form (shown at
 * the top). After each `show…` the focus goes to the first invalid field in form order, or to
 * the form's error message (WCAG 3.3.1).
 */
export function useFormErrors<F extends string>(order: readonly F[]) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const fields = useRef(new Map<F, HTMLElement>());
  const alert = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = order.find((field) => fieldErrors[field]);
    const target = first ? fields.current.get(first) : alert.current;
    target?.focus();
    // Runs once per request; the errors it reads are those of the same render.
  }, [focusRequest]);

  /** Shows the client-side check results; true when there were none. */
  const showChecks = useCallback((errors: FieldErrors<F>): boolean => {
    setFieldErrors(errors);
    setFormError(null);
    const valid = Object.values(errors).every((error) => !error);
    if (!valid) setFocusRequest((n) => n + 1);
    return valid;
  }, []);

  /** Shows a failed request: under the field the server named, otherwise at the top. */
  const showFailure = useCallback(
    (failure: ApiFailure) => {
      const field = order.find((name) => name === failure.field);
      if (field) {
        setFieldErrors({ [field]: failure.message } as FieldErrors<F>);
        setFormError(null);
      } else {
        setFieldErrors({});
        setFormError(failure.message);
      }
      setFocusRequest((n) => n + 1);
    },
    [order],
  );

  const clearField = useCallback((field: F) => {
    setFieldErrors((errors) => {
      if (!errors[field]) return errors;
      const next = { ...errors };
      delete next[field];
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  /** A ref callback for the input of `field`. */
  const register = useCallback(
    (field: F) => (element: HTMLElement | null) => {
      if (element) fields.current.set(field, element);
      else fields.current.delete(field);
    },
    [],
  );

  return { fieldErrors, formError, showChecks, showFailure, clearField, reset, register, alertRef: alert };
}
