import { useRef, useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { removeAdministrator, type School, type SchoolAdministrator } from '../../api/region';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface AdministratorsSectionProps {
  school: School;
  onRemoved: (displayName: string) => void;
}

/** «Администраторы журнала» of a school, each with «Снять с должности» (confirmed first). */
export function AdministratorsSection({ school, onRemoved }: AdministratorsSectionProps) {
  const fetchImpl = useFetch();
  const [pending, setPending] = useState<SchoolAdministrator | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const trigger = useRef<HTMLElement | null>(null);

  function ask(admin: SchoolAdministrator) {
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setError(null);
    setPending(admin);
  }

  /** Where the focus goes when the dialog has closed: the button that opened it, or the heading. */
  const focusAfter = useRef<HTMLElement | null>(null);

  function cancel() {
    focusAfter.current = trigger.current;
    setPending(null);
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    const result = await removeAdministrator(fetchImpl, school.id, pending.personId);
    setBusy(false);
    if (!result.ok && result.kind !== 'not-found') {
      setError(result.message);
      return;
    }
    // 404: already removed by somebody else; the refreshed list shows it.
    focusAfter.current = heading.current;
    setPending(null);
    onRemoved(pending.displayName);
  }

  return (
    <section className="subsection" aria-labelledby="admins-title">
      <h2 id="admins-title" className="section-title" tabIndex={-1} ref={heading}>
        Администраторы журнала
      </h2>
      {school.administrators.length === 0 ? (
        <p className="note">
          Администратор журнала не назначен. Назначьте его в форме ниже: он настроит школу в Журнале
          и раздаст роли сотрудникам.
        </p>
      ) : (
        <ul className="people">
          {school.administrators.map((admin) => (
            <li key={admin.personId} className="people__item">
              <span className="people__name">{admin.displayName}</span>
              <button type="button" className="button button--secondary button--small" onClick={() => ask(admin)}>
                Снять с должности<span className="visually-hidden">: {admin.displayName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Снять с должности?"
        confirmLabel="Снять с должности"
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={cancel}
        afterClose={() => focusAfter.current?.focus()}
      >
        <p>
          {pending?.displayName} перестанет быть администратором журнала школы «{school.shortName}» и
          потеряет доступ к её настройкам. Назначить администратора можно будет снова.
        </p>
      </ConfirmDialog>
    </section>
  );
}
