import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import type { Me } from '../../api/me';
import {
  decideGuardianLink,
  decideStaffBinding,
  GUARDIAN_KINDS,
  loadGuardianLinks,
  loadStaffBindings,
  suggestedOn,
  type GuardianKind,
  type GuardianLink,
  type StaffBinding,
} from '../../api/pending';
import { positionsText } from '../../api/staff';
import { useResource } from '../../api/useResource';
import { canOpen } from '../../auth/sections';
import { Page } from '../../components/Page';
import { FailurePage, InlineLoading, NoAccess } from '../Status';

/**
 * «Ожидают подтверждения»: what the class teacher or the journal administrator must decide about accounts —
 * parents whom the state portal lists as a student's parent (confirm with who they are to the child, or refuse),
 * and, for administrators, accounts matched to staff cards by SNILS. Nothing is linked before a person decides.
 */
export function PendingConfirmations({ me }: { me: Me }) {
  const fetchImpl = useFetch();
  const links = useResource((signal) => loadGuardianLinks(fetchImpl, signal), 'guardian-links');
  const administers = me.roles.includes('journal-admin') || me.roles.includes('region-admin');
  const staff = useResource(
    (signal) => (administers ? loadStaffBindings(fetchImpl, signal) : Promise.resolve({ ok: true as const, status: 200, data: [] })),
    `staff-bindings-${administers}`,
  );
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (!canOpen('pending', me.roles)) {
    return <NoAccess section="Ожидают подтверждения" role="классного руководителя или администратора журнала" />;
  }
  if (links.failure && !links.data) {
    return <FailurePage failure={links.failure} section="Ожидают подтверждения" role="классного руководителя"
      onRetry={links.reload} />;
  }

  async function decideLink(link: GuardianLink, kind: GuardianKind | null) {
    const result = await decideGuardianLink(fetchImpl, link.id, kind);
    setError(result.ok ? null : result.message);
    setDone(result.ok ? `${link.accountName}: ${kind ? 'связь с ребёнком подтверждена' : 'отказано'}` : null);
    links.reload();
  }

  async function decideStaff(binding: StaffBinding, confirm: boolean) {
    const result = await decideStaffBinding(fetchImpl, binding.id, confirm);
    setError(result.ok ? null : result.message);
    setDone(result.ok ? `${binding.displayName}: ${confirm ? 'привязка подтверждена' : 'отказано'}` : null);
    staff.reload();
  }

  return (
    <Page title="Ожидают подтверждения" eyebrow="Учётные записи" wide>
      {error && <p className="form-alert" role="alert">{error}</p>}
      {done && <p className="note" role="status">{done}</p>}
      <section aria-labelledby="pending-parents">
        <h2 id="pending-parents">Родители по данным Госуслуг</h2>
        <p className="note">
          На Госуслугах этот человек указал ребёнка из вашего класса. Проверьте документы и подтвердите, кем он приходится
          ребёнку, — тогда он увидит дневник ребёнка при следующем входе.
        </p>
        {!links.data && <InlineLoading />}
        {links.data?.length === 0 && <p className="note">Нет родителей, ожидающих подтверждения.</p>}
        {links.data && links.data.length > 0 && (
          <ul className="cards cards--always">
            {links.data.map((link) => (
              <GuardianLinkItem key={link.id} link={link} onDecide={(kind) => decideLink(link, kind)} />
            ))}
          </ul>
        )}
      </section>
      {administers && (
        <section aria-labelledby="pending-staff">
          <h2 id="pending-staff">Сотрудники</h2>
          <p className="note">
            Учётная запись совпала по СНИЛС с карточкой сотрудника школы. После подтверждения сотрудник получит роли по
            своим должностям (учитель — «Журнал», классный руководитель — «Класс») при следующем входе.
          </p>
          {!staff.data && !staff.failure && <InlineLoading />}
          {staff.failure && <p className="form-alert" role="alert">{staff.failure.message}</p>}
          {staff.data?.length === 0 && <p className="note">Нет сотрудников, ожидающих подтверждения.</p>}
          {staff.data && staff.data.length > 0 && (
            <ul className="cards cards--always">
              {staff.data.map((binding) => (
                <li key={binding.id} className="card">
                  <strong>{binding.displayName}</strong>{' '}
                  {binding.schools.map((school) => `${school.shortName}: ${positionsText(school.positions).toLowerCase()}`).join('; ')}
                  {binding.suggestedAt && <> · с {suggestedOn(binding.suggestedAt)}</>}{' '}
                  <button type="button" className="button" onClick={() => decideStaff(binding, true)}
                    aria-label={`Подтвердить: ${binding.displayName}`}>Подтвердить</button>{' '}
                  <button type="button" className="button button--secondary" onClick={() => decideStaff(binding, false)}
                    aria-label={`Отказать: ${binding.displayName}`}>Отказать</button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Page>
  );
}

function GuardianLinkItem({ link, onDecide }: { link: GuardianLink; onDecide: (kind: GuardianKind | null) => void }) {
  const [kind, setKind] = useState<GuardianKind | ''>('');
  const selectId = `kind-${link.id}`;
  return (
    <li className="card">
      <strong>{link.accountName}</strong> — родитель ребёнка {link.childName}, {link.className}
      {link.suggestedAt && <> · с {suggestedOn(link.suggestedAt)}</>}
      {link.knownCard && <> · карточка уже есть в журнале</>}
      <div>
        <label htmlFor={selectId}>Кем приходится ребёнку</label>{' '}
        <select id={selectId} value={kind} onChange={(event) => setKind(event.target.value as GuardianKind | '')}>
          <option value="">— выберите —</option>
          {GUARDIAN_KINDS.map((option) => (
            <option key={option.kind} value={option.kind}>{option.label}</option>
          ))}
        </select>{' '}
        <button type="button" className="button" disabled={kind === ''} onClick={() => kind !== '' && onDecide(kind)}
          aria-label={`Подтвердить: ${link.accountName}`}>Подтвердить</button>{' '}
        <button type="button" className="button button--secondary" onClick={() => onDecide(null)}
          aria-label={`Отказать: ${link.accountName}`}>Отказать</button>
      </div>
    </li>
  );
}
