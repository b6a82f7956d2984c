import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useFetch } from '../../api/ApiContext';
import { createMunicipality, type Municipality } from '../../api/region';
import { describedBy, SelectField } from '../../components/Field';

interface MunicipalityFieldProps {
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
  selectRef: Ref<HTMLSelectElement>;
  municipalities: Municipality[];
  loadFailed: boolean;
}

/** The municipality select with a small inline «Добавить муниципалитет». */
export function MunicipalityField({ value, onValue, error, selectRef, municipalities, loadFailed }: MunicipalityFieldProps) {
  const fetchImpl = useFetch();
  const [added, setAdded] = useState<Municipality[]>([]);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const options = [...municipalities, ...added.filter((a) => !municipalities.some((m) => m.id === a.id))]
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));

  const opened = useRef(false);
  useEffect(() => {
    if (adding) nameInput.current?.focus();
    else if (opened.current) toggle.current?.focus();
    opened.current = adding;
  }, [adding]);

  function close() {
    setAdding(false);
    setName('');
    setNameError(null);
  }

  async function add() {
    if (saving) return;
    if (!name.trim()) {
      setNameError('Укажите название муниципалитета.');
      nameInput.current?.focus();
      return;
    }
    setSaving(true);
    const result = await createMunicipality(fetchImpl, name.trim());
    setSaving(false);
    if (!result.ok) {
      setNameError(result.message);
      nameInput.current?.focus();
      return;
    }
    setAdded((list) => [...list, result.data]);
    onValue(String(result.data.id));
    setStatus(`Муниципалитет «${result.data.name}» добавлен и выбран.`);
    close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault(); // not the school form's submit
      void add();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  const hint = loadFailed ? 'Список муниципалитетов не загрузился. Обновите страницу или добавьте муниципалитет.' : undefined;
  return (
    <div className="municipality">
      <SelectField id="school-municipalityId" label="Муниципалитет" value={value} onValue={onValue}
        error={error} hint={hint} selectRef={selectRef}>
        <option value="">Не выбран</option>
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {!adding ? (
        <button ref={toggle} type="button" className="link-button"
          onClick={() => { setStatus(''); setAdding(true); }}>
          + Добавить муниципалитет
        </button>
      ) : (
        <div className="inline-add" role="group" aria-label="Добавление муниципалитета">
          <label className="field__label" htmlFor="municipality-new">
            Название нового муниципалитета
          </label>
          <div className="inline-add__row">
            <input ref={nameInput} id="municipality-new" className="input" value={name} autoComplete="off"
              placeholder="Например: Емельяновский муниципальный район"
              onChange={(event) => { setName(event.target.value); setNameError(null); }}
              onKeyDown={onKeyDown} aria-invalid={nameError ? true : undefined}
              aria-describedby={describedBy('municipality-new', undefined, nameError ?? undefined)} />
            <button type="button" className="button button--primary" onClick={() => void add()}
              aria-disabled={saving || undefined}>
              {saving ? 'Добавление…' : 'Добавить'}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              Отмена<span className="visually-hidden"> добавления муниципалитета</span>
            </button>
          </div>
          {nameError && (
            <p className="field__error" id="municipality-new-error">
              <span className="field__error-mark" aria-hidden="true">!</span>
              {nameError}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
