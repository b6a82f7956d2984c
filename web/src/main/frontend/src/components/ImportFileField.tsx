import { useState, type DragEvent, type RefObject } from 'react';
import { describedBy } from './Field';

interface ImportFileFieldProps {
  id: string;
  label: string;
  inputRef: RefObject<HTMLInputElement | null>;
  error: string | null;
  disabled: boolean;
  onChoose: (file: File | null) => void;
}

/** The file of an import: chosen or dropped (.xlsx or .csv), with its error under it. */
export function ImportFileField({ id, label, inputRef, error, disabled, onChoose }: ImportFileFieldProps) {
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onChoose(event.dataTransfer.files[0] ?? null);
  }

  return (
    <div className={dragging ? 'dropzone dropzone--over' : 'dropzone'}
      onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
      onDragLeave={() => setDragging(false)} onDrop={drop}>
      <label className="field__label" htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>Excel (.xlsx) или CSV (.csv) — выберите или перетащите сюда</p>
      <input ref={inputRef} id={id} type="file" className="file-input"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, 'hint', error ?? undefined)}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)} />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="field__error-mark" aria-hidden="true">!</span>
          {error}
        </p>
      )}
    </div>
  );
}
