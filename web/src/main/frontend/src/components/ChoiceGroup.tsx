import type { Ref } from 'react';
import { FieldGroup } from './FormParts';

interface ChoiceGroupProps<T extends string> {
  id: string;
  legend: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onValue: (value: T) => void;
  required?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  groupRef?: Ref<HTMLFieldSetElement> | undefined;
}

/** Radio buttons under a legend (arrow keys move between them), laid out in a row when there is room. */
export function ChoiceGroup<T extends string>({ id, legend, value, options, onValue, required, hint, error, groupRef }: ChoiceGroupProps<T>) {
  return (
    <FieldGroup id={id} legend={legend} required={required ?? false} hint={hint} error={error} groupRef={groupRef}>
      <div className="choices">
        {options.map(([option, label]) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={id}
              value={option}
              checked={value === option}
              onChange={() => onValue(option)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}
