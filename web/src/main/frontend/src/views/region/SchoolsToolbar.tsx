import type { Municipality } from '../../api/region';
import { SEARCH_PAUSE_MS, SearchBox } from '../../components/SearchBox';

/** How long typing may pause before the list is searched. */
export const SEARCH_DELAY_MS = SEARCH_PAUSE_MS;

interface ToolbarProps {
  q: string;
  municipalityId: number | null;
  municipalities: Municipality[];
  onSearch: (q: string) => void;
  onMunicipality: (id: number | null) => void;
}

/** The search box (searched while typing, after a pause) and the municipality filter. */
export function SchoolsToolbar({ q, municipalityId, municipalities, onSearch, onMunicipality }: ToolbarProps) {
  return (
    <div className="toolbar">
      <SearchBox id="schools-q" label="Поиск" placeholder="Название или ИНН" value={q} onSearch={onSearch} />
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
