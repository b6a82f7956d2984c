import { useFetch } from '../../../api/ApiContext';
import { CONSENT_PURPOSE_LABELS, currentRepresentatives, recordConsent, type ConsentPurpose, type StudentCard } from '../../../api/people';
import { FormAlert, RequiredNote, SelectField, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { useForm } from '../../../forms/useForm';
import { collectErrors, required } from '../../../forms/validation';

const CONSENT_FIELDS = ['givenByPersonId', 'purpose', 'givenOn', 'documentRef'] as const;
type ConsentValues = Record<(typeof CONSENT_FIELDS)[number], string>;

/** «Записать согласие»: given by a current representative (or the student), for one purpose, on a day. */
export function ConsentForm({ card, today, onRecorded }: { card: StudentCard; today: string; onRecorded: () => void }) {
  const fetchImpl = useFetch();
  const givers = currentRepresentatives(card, today);
  const initial: ConsentValues = {
    givenByPersonId: givers.length > 0 ? String(givers[0]!.personId) : String(card.personId),
    purpose: '',
    givenOn: today,
    documentRef: '',
  };
  const form = useForm({
    fields: CONSENT_FIELDS,
    initial,
    idPrefix: 'consent',
    check: (v) => collectErrors<(typeof CONSENT_FIELDS)[number]>([
      ['purpose', required(v.purpose, 'Выберите цель обработки.')],
      ['givenOn', required(v.givenOn, 'Укажите дату согласия.')],
      ['givenOn', v.givenOn > today ? 'Дата согласия — не позже сегодняшнего дня.' : null],
    ]),
  });
  const submit = form.onSubmit(
    (v) => recordConsent(fetchImpl, card.personId, {
      givenByPersonId: Number(v.givenByPersonId),
      purpose: v.purpose as ConsentPurpose,
      givenOn: v.givenOn,
      documentRef: v.documentRef.trim() || null,
    }),
    () => {
      form.reset(initial);
      onRecorded();
    },
  );
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="consent-form-title">
      <h3 id="consent-form-title" className="subsection-title">Записать согласие</h3>
      <RequiredNote />
      <FormAlert message={form.errors.formError} alertRef={form.errors.alertRef} />
      <div className="form__grid">
        <SelectField {...form.bind('givenByPersonId')} label="Кто дал согласие" required className="input select input--name">
          {givers.map((r) => <option key={r.personId} value={r.personId}>{r.displayName}</option>)}
          <option value={card.personId}>{card.displayName} (сам обучающийся)</option>
        </SelectField>
        <SelectField {...form.bind('purpose')} label="Цель" required className="input select">
          <option value="">Выберите</option>
          {(Object.keys(CONSENT_PURPOSE_LABELS) as ConsentPurpose[]).map((p) => (
            <option key={p} value={p}>{CONSENT_PURPOSE_LABELS[p]}</option>
          ))}
        </SelectField>
      </div>
      <div className="form__grid">
        <TextField {...form.bind('givenOn')} label="Дата согласия" type="date" required className="input input--short" max={today} />
        <TextField {...form.bind('documentRef')} label="Документ" autoComplete="off" placeholder="Заявление № 12 от 28.08.2026" />
      </div>
      <div className="actions">
        <SubmitButton saving={form.saving} label="Записать согласие" savingLabel="Сохранение…" />
      </div>
    </form>
  );
}
