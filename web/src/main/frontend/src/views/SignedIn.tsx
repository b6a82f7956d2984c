import type { Me } from '../api/me';
import { NO_ROLES_MESSAGE, roleLabels } from '../auth/roles';
import { SignOutLink } from '../components/Links';
import { Page } from '../components/Page';

export function SignedIn({ me }: { me: Me }) {
  const roles = roleLabels(me.roles);
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
      ) : (
        <p className="note">{NO_ROLES_MESSAGE}</p>
      )}
      <div className="actions">
        <SignOutLink />
      </div>
    </Page>
  );
}
