import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { getJournalSettings, saveJournalSettings, type JournalSwitches } from '../../api/journal';
import { useResource } from '../../api/useResource';
import { Flash } from '../../components/FormParts';
import { InlineLoading } from '../Status';

const RULES: readonly { key: keyof JournalSwitches; label: string }[] = [
  { key: 'grade1NoMarks', label: 'В 1 классе отметки не ставятся' },
  { key: 'grade2FirstPeriodNoMarks', label: 'Во 2 классе в первом отчётном периоде отметки не ставятся' },
  { key: 'doubleMarksAllowed', label: 'Двойные отметки «5/4» разрешены (русский язык, литература, контрольные работы)' },
];

/** «Правила журнала»: the rules a school may switch off (the journal's settings), saved as soon as one is changed. */
export function JournalRules({ schoolId }: { schoolId: number }) {
  const fetchImpl = useFetch();
  const settings = useResource((signal) => getJournalSettings(fetchImpl, schoolId, signal), `/api/v1/journal/settings/${schoolId}`);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function change(key: keyof JournalSwitches, on: boolean) {
    if (!settings.data || saving) return;
    setSaving(true);
    setError(null);
    const { grade1NoMarks, grade2FirstPeriodNoMarks, doubleMarksAllowed } = settings.data;
    const result = await saveJournalSettings(fetchImpl, schoolId,
      { grade1NoMarks, grade2FirstPeriodNoMarks, doubleMarksAllowed, [key]: on });
    setSaving(false);
    if (result.ok) {
      setMessage('Правила журнала сохранены.');
      settings.reload();
    } else setError(result.message);
  }

  return (
    <section className="subsection" aria-labelledby="rules-title" aria-busy={saving || undefined}>
      <h2 id="rules-title" className="section-title">Правила журнала</h2>
      <Flash message={message} />
      {(error ?? settings.failure?.message) && <p className="form-alert" role="alert">{error ?? settings.failure?.message}</p>}
      {settings.data === null ? !settings.failure && <InlineLoading /> : (
        <>
          <div className="choices" role="group" aria-labelledby="rules-title">
            {RULES.map((rule) => (
              <label key={rule.key} className="choice">
                <input type="checkbox" checked={settings.data![rule.key]} disabled={saving}
                  onChange={(event) => void change(rule.key, event.target.checked)} />
                <span>{rule.label}</span>
              </label>
            ))}
          </div>
          <p className="note">Так требует региональный порядок ведения журнала; выключайте, только если школа работает иначе.</p>
        </>
      )}
    </section>
  );
}
