import type { IssuedInvitation } from '../../api/invitations';

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * The letter a class teacher prints and hands over: how to sign in and the code. Printed with the
 * browser (the page's print style shows only the letter); the code is never shown again.
 */
export function InvitationLetter({ issued, onClose }: { issued: IssuedInvitation; onClose: () => void }) {
  const forWhom = issued.purpose === 'STUDENT'
    ? `обучающемуся ${issued.studentName}, ${issued.className} класс`
    : `${issued.personName}, законному представителю обучающегося ${issued.studentName}, ${issued.className} класс`;
  return (
    <section className="invitation-letter" aria-labelledby="letter-title">
      <h2 id="letter-title" className="section-title">Приглашение в электронный дневник</h2>
      <p>Кому: {forWhom}.</p>
      <ol>
        <li>Откройте электронный журнал и нажмите «Войти через Госуслуги». Нужна подтверждённая учётная запись.</li>
        <li>После входа введите код приглашения:</li>
      </ol>
      <p className="invitation-letter__code" aria-label={`Код: ${issued.code.split('').join(' ')}`}>{issued.code}</p>
      <p className="note">Код действует до {formatDate(issued.expiresAt)} и вводится один раз. Не передавайте его другим людям.</p>
      <div className="actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>Распечатать</button>
        <button type="button" className="button" onClick={onClose}>Готово</button>
      </div>
    </section>
  );
}
