import { useEffect, useState, type FormEvent } from 'react';

/** How long typing may pause before the list is searched. */
export const SEARCH_PAUSE_MS = 350;

interface SearchBoxProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onSearch: (q: string) => void;
}

/** A search box searched while typing (after a pause) and on Enter. */
export function SearchBox({ id, label, placeholder, value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return undefined;
    const timer = setTimeout(() => onSearch(text), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
    // Only typing starts a search.
  }, [text]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text !== value) onSearch(text);
  }

  return (
    <form role="search" className="toolbar__search" onSubmit={submit}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input" type="search" value={text} placeholder={placeholder}
        onChange={(event) => setText(event.target.value)} aria-describedby={`${id}-hint`}
        autoComplete="off" spellCheck={false} />
      <span id={`${id}-hint`} className="visually-hidden">
        Список обновляется по мере ввода
      </span>
    </form>
  );
}
