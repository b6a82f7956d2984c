import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { ApiResult } from '../api/http';
import { useFormErrors, type FieldErrors } from './useFormErrors';

/** The keys of `V` whose values are text (those a text input or a select can edit). */
export type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

interface FormOptions<V, F extends string> {
  /** The fields that can carry an error, in form order; named as in the request (and problem `field`). */
  fields: readonly F[];
  initial: V;
  /** Prefix of the inputs' ids: `${idPrefix}-${field}`. */
  idPrefix: string;
  /** Client-side checks of the obvious; the server has the last word. */
  check?: (values: V) => FieldErrors<F>;
}

/**
 * One form against the API: its values, its errors per field and at the top (with the focus
 * moved to them), and a submit that checks, sends once at a time and maps a rejection onto the
 * field the server named.
 */
export function useForm<V extends object, F extends string>({ fields, initial, idPrefix, check }: FormOptions<V, F>) {
  const [values, setValues] = useState<V>(initial);
  const [saving, setSaving] = useState(false);
  const sending = useRef(false);
  const errors = useFormErrors(fields);
  const { clearField } = errors;

  const set = useCallback(
    <K extends keyof V>(field: K) =>
      (value: V[K]) => {
        setValues((previous) => ({ ...previous, [field]: value }));
        if ((fields as readonly string[]).includes(field as string)) clearField(field as unknown as F);
      },
    [fields, clearField],
  );

  /** The props of a {@link TextField}, {@link SelectField} or {@link SnilsField} for `field`. */
  const bind = (field: F & TextKeys<V>) => ({
    id: `${idPrefix}-${field}`,
    value: values[field] as string,
    onValue: set(field) as (value: string) => void,
    error: errors.fieldErrors[field],
    inputRef: errors.register(field),
  });

  /** An `onSubmit` that checks, sends and then calls `onSaved` or shows the failure. */
  function onSubmit<T>(send: (values: V) => Promise<ApiResult<T>>, onSaved: (data: T, values: V) => void) {
    return async (event: FormEvent) => {
      event.preventDefault();
      if (sending.current) return;
      if (!errors.showChecks(check ? check(values) : {})) return;
      sending.current = true;
      setSaving(true);
      const result = await send(values);
      sending.current = false;
      setSaving(false);
      if (result.ok) onSaved(result.data, values);
      else errors.showFailure(result);
    };
  }

  const reset = useCallback(
    (next: V = initial) => {
      setValues(next);
      errors.reset();
    },
    // `initial` is read when resetting; a new object each render must not recreate the callback.
    [errors.reset],
  );

  return { values, setValues, set, bind, saving, onSubmit, reset, errors };
}
