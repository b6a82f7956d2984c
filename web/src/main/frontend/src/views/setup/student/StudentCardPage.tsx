import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { currentRepresentatives, getStudentCard, studentCardUrl, type StudentCard } from '../../../api/people';
import { useResource } from '../../../api/useResource';
import { AppLink } from '../../../components/AppLink';
import { Flash } from '../../../components/FormParts';
import { Page } from '../../../components/Page';
import { PATHS } from '../../../routing';
import { RegionFailure } from '../../region/common';
import { Loading } from '../../Status';
import { shortDate, today } from '../calendar/calendarLogic';
import { ConsentForm } from './ConsentForm';
import { ConsentsTable } from './ConsentsTable';
import { NameSection } from './NameSection';
import { RepresentativeForm } from './RepresentativeForm';
import { RepresentativesTable } from './RepresentativesTable';

/**
 * A student's person card (личная карточка): class, contacts, legal representatives, consents. A class teacher
 * (who has no class page of the set-up) is led back to the class's page of «Класс».
 */
export function StudentCardPage({ id, classId, fromClassTeacher = false }: {
  id: number;
  classId: number | null;
  fromClassTeacher?: boolean;
}) {
  const fetchImpl = useFetch();
  const card = useResource((signal) => getStudentCard(fetchImpl, id, signal), studentCardUrl(id));
  const [message, setMessage] = useState('');
  const { data, failure } = card;
  const day = today();

  if (failure && (data === null || failure.kind === 'signed-out' || failure.kind === 'forbidden')) {
    return <RegionFailure failure={failure} onRetry={card.reload} />;
  }
  if (data === null) return <Loading />;

  const backClass = classId ?? data.classId ?? null;
  const classPage = (id: number) => fromClassTeacher ? PATHS.classTeacherInvitations(id) : PATHS.regionClass(id, data.schoolId);
  const back = fromClassTeacher && !backClass ? (
    <AppLink className="back-link" href={PATHS.classTeacher}>
      <span aria-hidden="true">←</span>Класс
    </AppLink>
  ) : backClass ? (
    <AppLink className="back-link" href={classPage(backClass)}>
      <span aria-hidden="true">←</span>Класс{data.className && backClass === data.classId ? ` ${data.className}` : ''}
    </AppLink>
  ) : (
    <AppLink className="back-link" href={PATHS.regionSchoolSetup(data.schoolId, 'classes')}>
      <span aria-hidden="true">←</span>Классы школы
    </AppLink>
  );
  const changed = (text: string) => {
    setMessage(text);
    card.reload();
  };

  return (
    <Page title={data.displayName} eyebrow="Личная карточка обучающегося" back={back} wide>
      <Flash message={message} />
      <StudentFacts card={data} classPage={classPage} />
      <NameSection personId={data.personId} onCorrected={() => changed('ФИО и дата рождения исправлены.')} />
      <section className="subsection" aria-labelledby="representatives-title">
        <h2 id="representatives-title" className="section-title">Законные представители</h2>
        <RepresentativesTable card={data} onEnded={(r) => changed(`Представительство прекращено: ${r.displayName}.`)} />
        <RepresentativeForm personId={data.personId}
          onAdded={(r) => changed(`Законный представитель добавлен: ${r.displayName}.`)} />
      </section>
      <section className="subsection" aria-labelledby="consents-title">
        <h2 id="consents-title" className="section-title">Согласия на обработку персональных данных</h2>
        <ConsentsTable card={data} onWithdrawn={() => changed('Согласие отозвано.')} />
        {/* A new representative becomes the default giver: the form starts again when the givers change. */}
        <ConsentForm key={currentRepresentatives(data, day).map((r) => r.personId).join(',')} card={data} today={day}
          onRecorded={() => changed('Согласие записано.')} />
      </section>
    </Page>
  );
}

function StudentFacts({ card, classPage }: { card: StudentCard; classPage: (classId: number) => string }) {
  const none = <span className="muted">не указан</span>;
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>Класс</dt>
        <dd>{card.className && card.classId ? (
          <AppLink href={classPage(card.classId)}>{card.className}</AppLink>
        ) : <span className="muted">сейчас ни в одном классе</span>}</dd>
      </div>
      <div className="facts__row">
        <dt>Дата рождения</dt>
        <dd>{card.birthDate ? shortDate(card.birthDate) : <span className="muted">не указана</span>}</dd>
      </div>
      <div className="facts__row">
        <dt>Телефон</dt>
        <dd>{card.phone ?? none}</dd>
      </div>
      <div className="facts__row">
        <dt>Электронная почта</dt>
        <dd>{card.email ?? <span className="muted">не указана</span>}</dd>
      </div>
    </dl>
  );
}
