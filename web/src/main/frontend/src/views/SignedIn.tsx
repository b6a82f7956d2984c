import type { Me } from '../api/me';
import { NO_ROLES_MESSAGE, roleLabels } from '../auth/roles';
import { sectionsFor } from '../auth/sections';
import { AppLink } from '../components/AppLink';
import { Page } from '../components/Page';
import { RedeemInvite } from './invite/RedeemInvite';

/** Reloads the application so that the new binding and its roles are read afresh. */
function reloadHome() {
  window.location.assign('/');
}

/**
 * The start page of a signed-in person: who they are and where they can go; an account not yet bound to
 * a person card may enter an invite code.
 */
export function SignedIn({ me, onRedeemed = reloadHome }: { me: Me; onRedeemed?: () => void }) {
  const roles = roleLabels(me.roles);
  const sections = sectionsFor(me.roles);
  return (
    <Page title={me.displayName || 'Пользователь'} eyebrow="Вы вошли как">
      <h2 className="section-title">Роли</h2>
      {roles.length > 0 ? (
        <ul className="roles">
          {roles.map((role) => (
            <li key={role} className="roles__item">
              {role}
            </li>
          ))}
        </ul>
      ) : me.binding !== 'PENDING' && (
        <p className="note">{NO_ROLES_MESSAGE}</p>
      )}
      {me.binding === 'PENDING' && (
        <p className="note" role="status">
          Учётная запись ожидает привязки к карточке сотрудника. Администратор журнала вашей школы проверит её и
          подтвердит — после этого войдите снова, и откроются разделы по вашим должностям.
        </p>
      )}
      {sections.length > 0 && (
        <div className="actions">
          {sections.map((section) => (
            <AppLink key={section.id} className="button button--primary" href={section.href}>
              Перейти в раздел «{section.label}»
            </AppLink>
          ))}
        </div>
      )}
      {me.binding === 'NONE' && <RedeemInvite onRedeemed={onRedeemed} />}
    </Page>
  );
}
