import type { Me } from '../../api/me';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { PATHS } from '../../routing';
import { schoolsOf } from '../timetable/schools';

/** «Мои школы»: the schools where the journal administrator holds the position, with their set-up. */
export function MySchools({ me }: { me: Me }) {
  const schools = schoolsOf(me).filter((school) => school.positions.includes('JOURNAL_ADMIN'));
  return (
    <Page title="Мои школы" eyebrow="Школа">
      {schools.length === 0 ? (
        <p className="note">
          Ваша учётная запись пока не связана с карточкой администратора журнала. Попросите регионального
          администратора подтвердить привязку — после этого здесь появится ваша школа.
        </p>
      ) : (
        <ul className="link-list">
          {schools.map((school) => (
            <li key={school.schoolId}>
              <AppLink href={PATHS.regionSchool(school.schoolId)}>{school.shortName}</AppLink>
              {' · '}
              <AppLink href={PATHS.regionSchoolSetup(school.schoolId)}>Настройка школы</AppLink>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
