import { useRef, useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import {
  accessLabel,
  downloadClassLetters,
  issueInvitation,
  KIND_LABELS,
  loadClassInvitations,
  type Invitee,
  type IssuedInvitation,
} from '../../api/invitations';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { FormAlert } from '../../components/Field';
import { Page } from '../../components/Page';
import { PATHS } from '../../routing';
import { LoadError, Loading } from '../Status';
import { InvitationLetter } from './InvitationLetter';

/**
 * «Коды приглашения» of a class: every student and legal representative, who already signs in, and a
 * button to issue (or re-issue) a code and print the letter.
 */
export function ClassInvitations({ classId }: { classId: number }) {
  const fetchImpl = useFetch();
  const list = useResource((signal) => loadClassInvitations(fetchImpl, classId, signal), `invitations-${classId}`);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  /** The class's letters, or one student's letter (`student`): fresh codes, so the list is read again. */
  async function letters(student?: number) {
    setBusy(student === undefined ? -1 : -student);
    setError(null);
    const result = await downloadClassLetters(fetchImpl, classId, student);
    setBusy(null);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const url = URL.createObjectURL(result.data);
    const link = document.createElement('a');
    link.href = url;
    link.download = student === undefined ? `priglasheniya-${classId}.pdf` : `priglashenie-${student}.pdf`;
    link.click();
    URL.revokeObjectURL(url);
    list.reload();
  }

  async function issue(student: number, person: number) {
    setBusy(person);
    setError(null);
    const result = await issueInvitation(fetchImpl, classId, student, person);
    setBusy(null);
    if (result.ok) {
      setIssued(result.data);
      list.reload();
    } else {
      setError(result.message);
    }
  }

  if (issued) {
    return (
      <Page title="Приглашение">
        <InvitationLetter issued={issued} onClose={() => setIssued(null)} />
      </Page>
    );
  }
  if (list.data === null) {
    return list.failure ? <LoadError message={list.failure.message} onRetry={list.reload} /> : <Loading />;
  }

  const row = (studentId: number, invitee: Invitee) => (
    <li key={`${studentId}-${invitee.personId}`} className="invitee">
      <span className="invitee__name">
        {invitee.personId === studentId
          ? <AppLink href={PATHS.regionStudent(studentId, classId)}>{invitee.displayName}</AppLink> : invitee.displayName}
      </span>
      <span className="invitee__kind">{KIND_LABELS[invitee.kind]}</span>
      <span className="invitee__state">{accessLabel(invitee)}</span>
      {!invitee.signsIn && (
        <button type="button" className="button button--small" disabled={busy !== null}
          onClick={() => void issue(studentId, invitee.personId)}>
          {invitee.codeState === 'NONE' ? 'Выдать код' : 'Выдать новый код'}
        </button>
      )}
    </li>
  );

  return (
    <Page title="Коды приглашения" wide>
      <p className="note">
        Родители и обучающиеся входят через Госуслуги и один раз вводят код, который вы им выдали. Новый код
        заменяет прежний.
      </p>
      <p>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void letters()}>
          Письма с кодами для всего класса (PDF)
        </button>{' '}
        <span className="note">
          Выдаёт новые коды всем, кто ещё не входит; прежние коды перестают действовать. «Письмо» у обучающегося — то же
          для одной семьи.
        </span>
      </p>
      <FormAlert message={error} alertRef={alertRef} />
      {list.data.length === 0 ? (
        <p className="note">В классе пока нет обучающихся.</p>
      ) : (
        <ul className="invitations">
          {list.data.map((entry) => (
            <li key={entry.student.personId} className="invitations__student">
              <ul className="invitees">
                {row(entry.student.personId, entry.student)}
                {entry.representatives.map((r) => row(entry.student.personId, r))}
              </ul>
              {[entry.student, ...entry.representatives].some((invitee) => !invitee.signsIn) && (
                <button type="button" className="button button--small button--secondary" disabled={busy !== null}
                  aria-label={`Письмо: ${entry.student.displayName}`} onClick={() => void letters(entry.student.personId)}>
                  Письмо
                </button>
              )}
              {entry.representatives.length === 0 && (
                <p className="note">Законные представители не указаны в карточке обучающегося.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
