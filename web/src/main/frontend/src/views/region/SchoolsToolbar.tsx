import { useEffect, useState, type FormEvent } from 'react';
import type { Municipality } from '../../api/region';

/** How long typing may pause before the list is searched. */
export const SEARCH_DELAY_MS = 350;

interface ToolbarProps {
  q: string;
  municipalityId: number | null;
  municipalities: Municipality[];
  onSearch: (q: string) => void;
  onMunicipality: (id: number | null) => void;
}

/** The search box (searched while typing, after a pause) and the municipality filter. */
export function SchoolsToolbar({ q, municipalityId, municipalities, onSearch, onMunicipality }: ToolbarProps) {
  const [text, setText] = useState(q);

  // Back/Forward or «Сбросить поиск» change the address: show what is searched.
  useEffect(() => setText(q), [q]);

  useEffect(() => {
    if (text === q) return undefined;
    const timer = setTimeout(() => onSearch(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // Only typing starts a search; `onSearch` changes on every render.
  }, [text]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text !== q) onSearch(text);
  }

  return (
    <div className="toolbar">
      <form role="search" className="toolbar__search" onSubmit={submit}>
        <label className="field__label" htmlFor="schools-q">
          Поиск
        </label>
        <input
          id="schools-q"
          className="input"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Название или ИНН"
          aria-describedby="schools-q-hint"
          autoComplete="off"
          spellCheck={false}
        />
        <span id="schools-q-hint" className="visually-hidden">
          Список обновляется по мере ввода
        </span>
      </form>
      <div className="toolbar__filter">
        <label className="field__label" htmlFor="schools-municipality">
          Муниципалитет
        </label>
        <select
          id="schools-municipality"
          className="input select"
          value={municipalityId === null ? '' : String(municipalityId)}
          onChange={(event) => onMunicipality(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">Все муниципалитеты</option>
          {municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
