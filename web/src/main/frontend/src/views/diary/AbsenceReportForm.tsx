import { useState, type FormEvent } from 'react';
import { useFetch } from '../../api/ApiContext';
import { reportAbsence, type AbsenceReason, type Child, type NewAbsenceReport } from '../../api/diary';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { FieldFrame, TextField } from '../../components/Field';
import { Flash, SubmitButton } from '../../components/FormParts';
import { addDays, dayTitle, REASONS, todayIso } from './diaryModel';

const REASON_OPTIONS = Object.entries(REASONS) as [AbsenceReason, string][];

/** «Сообщить об отсутствии»: a parent tells the class teacher in advance; they decide on Б or У. */
export function AbsenceReportForm({ child, onDone }: { child: Child; onDone: () => void }) {
  const fetchImpl = useFetch();
  const today = todayIso();
  const [form, setForm] = useState<NewAbsenceReport>({ from: today, to: today, reason: '', comment: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof NewAbsenceReport, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState('');
  const set = (change: Partial<NewAbsenceReport>) => setForm((previous) => ({ ...previous, ...change }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const local: typeof errors = {};
    if (!form.from) local.from = 'Укажите первый день отсутствия';
    if (!form.to) local.to = 'Укажите последний день отсутствия';
    if (!form.reason) local.reason = 'Выберите причину отсутствия';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    const result = await reportAbsence(fetchImpl, child.personId, form);
    setSaving(false);
    if (result.ok) {
      setDone(`Сообщение отправлено классному руководителю: ${dayTitle(result.data.from)}${
        result.data.to !== result.data.from ? ` – ${dayTitle(result.data.to)}` : ''}.`);
      setForm({ from: today, to: today, reason: '', comment: '' });
      return;
    }
    const field = result.field as keyof NewAbsenceReport | null;
    if (field && field in form) setErrors({ [field]: result.message });
    else setAlert(result.message);
  }

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title" className="section-title">Сообщить об отсутствии</h2>
      <p className="note">
        Классный руководитель увидит сообщение и отметит пропущенные уроки как «Б» (болезнь) или «У» (уважительная
        причина). Справку от врача после болезни всё равно нужно принести в школу.
      </p>
      <Flash message={done} />
      {alert && <p className="form-alert" role="alert">{alert}</p>}
      <form className="form" onSubmit={submit} noValidate>
        <TextField id="report-from" label="С какого дня" type="date" value={form.from} min={today}
          onValue={(from) => set({ from, to: form.to < from ? from : form.to })} error={errors.from} required />
        <TextField id="report-to" label="По какой день (включительно)" type="date" value={form.to} min={form.from}
          max={form.from ? addDays(form.from, 30) : undefined} onValue={(to) => set({ to })} error={errors.to} required />
        <ChoiceGroup id="report-reason" legend="Причина" value={form.reason as AbsenceReason} options={REASON_OPTIONS}
          onValue={(reason) => set({ reason })} error={errors.reason} required />
        <FieldFrame id="report-comment" label="Комментарий для классного руководителя" error={errors.comment}>
          <textarea id="report-comment" className="input diary-textarea" maxLength={500} rows={3} value={form.comment}
            onChange={(e) => set({ comment: e.target.value })} />
        </FieldFrame>
        <div className="actions">
          <SubmitButton saving={saving} label="Отправить" savingLabel="Отправка…" />
          <button type="button" className="button button--secondary" onClick={onDone}>
            Вернуться к неделе
          </button>
        </div>
      </form>
    </section>
  );
}
