import { AppLink } from '../../components/AppLink';
import { PATHS } from '../../routing';
import { SchoolFacts } from '../region/SchoolFacts';
import { JournalRules } from './JournalRules';
import type { StepProps } from './SchoolSetup';

/** Step 1, «Данные школы»: what the region entered, to check before the set-up. */
export function SchoolStep({ school }: StepProps) {
  return (
    <>
      <p className="lead">
        Проверьте данные школы. Дальше по шагам: учебный год и звонки, сотрудники, классы и ученики,
        предметы и учебный план. Каждый шаг сохраняется отдельно, к любому можно вернуться.
      </p>
      <SchoolFacts school={school} withAdministrators />
      <p className="note">
        Данные школы меняет управление образования в карточке школы; там же назначается администратор журнала.
      </p>
      <JournalRules schoolId={school.id} />
      <div className="actions">
        <AppLink className="button button--secondary" href={PATHS.regionSchool(school.id)}>
          Открыть карточку школы
        </AppLink>
      </div>
    </>
  );
}
