import { useFetch } from '../../../api/ApiContext';
import { correctName, getNameHistory, nameHistoryUrl, type NameHistory } from '../../../api/people';
import { useResource } from '../../../api/useResource';
import { FormAlert, RequiredNote, TextField } from '../../../components/Field';
import { SubmitButton } from '../../../components/FormParts';
import { Reveal } from '../../../components/Reveal';
import { collectErrors, required } from '../../../forms/validation';
import { useForm } from '../../../forms/useForm';
import { shortDate, today } from '../calendar/calendarLogic';

const FIELDS = ['surname', 'givenName', 'patronymic', 'birthDate', 'reason'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function check(values: Values) {
  return collectErrors<Field>([
    ['surname', required(values.surname, 'Укажите фамилию.')],
    ['givenName', required(values.givenName, 'Укажите имя.')],
    ['reason', required(values.reason, 'Укажите причину: документ (например, свидетельство о браке) или «опечатка».')],
  ]);
}

/**
 * «ФИО и дата рождения»: the corrections of the card, each with its reason (old printed statements stay
 * explainable), and the form to correct them.
 */
export function NameSection({ personId, onCorrected }: { personId: number; onCorrected: (history: NameHistory) => void }) {
  const fetchImpl = useFetch();
  const history = useResource((signal) => getNameHistory(fetchImpl, personId, signal), nameHistoryUrl(personId));
  const changes = history.data?.changes ?? [];

  return (
    <section className="subsection" aria-labelledby="name-title">
      <h2 id="name-title" className="section-title">ФИО и дата рождения</h2>
      {history.failure && <p className="form-alert" role="alert">{history.failure.message}</p>}
      {changes.length === 0 ? (
        <p className="note">Исправлений не было.</p>
      ) : <ChangesTable history={history.data as NameHistory} />}
      {history.data && (
        <CorrectionForm key={`${history.data.displayName}|${history.data.birthDate ?? ''}`} history={history.data}
          onCorrected={(changed) => { history.reload(); onCorrected(changed); }} />
      )}
    </section>
  );
}

function CorrectionForm({ history, onCorrected }: { history: NameHistory; onCorrected: (history: NameHistory) => void }) {
  const fetchImpl = useFetch();
  const personId = history.personId;
  const initial: Values = { surname: history.surname, givenName: history.givenName, patronymic: history.patronymic ?? '',
    birthDate: history.birthDate ?? '', reason: '' };
  const form = useForm({ fields: FIELDS, initial, idPrefix: 'name', check });
  const { bind, errors } = form;
  const submit = form.onSubmit(
    (v) => correctName(fetchImpl, personId, {
      surname: v.surname.trim(), givenName: v.givenName.trim(), patronymic: v.patronymic.trim(),
      birthDate: v.birthDate || null, reason: v.reason.trim(),
    }),
    onCorrected,
  );
  return (
    <Reveal label="Исправить ФИО или дату рождения" initiallyOpen={false}>
      <form className="form" noValidate onSubmit={submit} aria-labelledby="name-form-title">
        <h3 id="name-form-title" className="subsection-title">Исправить ФИО или дату рождения</h3>
        <RequiredNote />
        <FormAlert message={errors.formError} alertRef={errors.alertRef} />
        <div className="form__grid">
          <TextField {...bind('surname')} label="Фамилия" required autoComplete="off" />
          <TextField {...bind('givenName')} label="Имя" required autoComplete="off" />
          <TextField {...bind('patronymic')} label="Отчество" autoComplete="off" />
          <TextField {...bind('birthDate')} label="Дата рождения" type="date" className="input input--short" max={today()} />
        </div>
        <TextField {...bind('reason')} label="Причина исправления" required autoComplete="off"
          hint="Документ-основание, например «Свидетельство о заключении брака № …», или «Опечатка при вводе»" />
        <div className="actions">
          <SubmitButton saving={form.saving} label="Сохранить исправление" savingLabel="Сохранение…" />
        </div>
      </form>
    </Reveal>
  );
}

function ChangesTable({ history }: { history: NameHistory }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">История исправлений ФИО и даты рождения</caption>
        <thead>
          <tr><th scope="col">Когда</th><th scope="col">Было</th><th scope="col">Стало</th><th scope="col">Причина</th></tr>
        </thead>
        <tbody>
          {history.changes.map((change) => (
            <tr key={change.id}>
              <td>{shortDate(change.changedAt.slice(0, 10))}</td>
              <td>{change.nameBefore}{change.birthDateBefore ? `, ${shortDate(change.birthDateBefore)}` : ''}</td>
              <td>{change.nameAfter}{change.birthDateAfter ? `, ${shortDate(change.birthDateAfter)}` : ''}</td>
              <td>{change.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
