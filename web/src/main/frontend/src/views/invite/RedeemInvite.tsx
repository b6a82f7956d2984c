import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { looksLikeCode, redeemInvitation, type RedeemedInvitation } from '../../api/invitations';
import { FormAlert, TextField } from '../../components/Field';
import { SubmitButton } from '../../components/FormParts';
import { useForm } from '../../forms/useForm';
import { collectErrors, required } from '../../forms/validation';

const FIELDS = ['code'] as const;

function check(values: { code: string }) {
  return collectErrors<'code'>([
    ['code', required(values.code, 'Введите код из письма классного руководителя.')],
    ['code', looksLikeCode(values.code) ? null : 'Код состоит из 12 букв и цифр, например K7QM-3XRT-9HWP.'],
  ]);
}

/**
 * «Код приглашения»: a parent or a student signing in for the first time enters the code their class
 * teacher gave them; the account then opens the child's (or their own) diary.
 */
export function RedeemInvite({ onRedeemed }: { onRedeemed: () => void }) {
  const fetchImpl = useFetch();
  const [done, setDone] = useState<RedeemedInvitation | null>(null);
  const form = useForm({ fields: FIELDS, initial: { code: '' }, idPrefix: 'invite', check });
  const submit = form.onSubmit(
    (values) => redeemInvitation(fetchImpl, values.code.trim()),
    (redeemed) => setDone(redeemed),
  );

  if (done) {
    return (
      <section className="subsection" aria-live="polite">
        <h2 className="section-title">Код принят</h2>
        <p>
          {done.purpose === 'STUDENT'
            ? `Вы вошли как обучающийся: ${done.studentName}.`
            : `Вы вошли как законный представитель: ${done.studentName}.`}
        </p>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={onRedeemed}>
            Продолжить
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="subsection" aria-labelledby="invite-title">
      <h2 id="invite-title" className="section-title">
        Код приглашения
      </h2>
      <p className="note form-intro">
        Родители и обучающиеся получают код у классного руководителя. Введите его один раз — после этого
        дневник будет открываться сразу после входа через Госуслуги.
      </p>
      <form className="form" noValidate onSubmit={submit} aria-labelledby="invite-title">
        <FormAlert message={form.errors.formError} alertRef={form.errors.alertRef} />
        <TextField {...form.bind('code')} label="Код" required autoComplete="one-time-code"
          autoCapitalize="characters" spellCheck={false} placeholder="K7QM-3XRT-9HWP" />
        <div className="actions">
          <SubmitButton saving={form.saving} label="Подтвердить" savingLabel="Проверка…" />
        </div>
      </form>
    </section>
  );
}
