import { AppLink } from '../../components/AppLink';
import { PATHS, type SetupStep } from '../../routing';
import { InlineLoading } from '../Status';
import { PeopleSearch } from './people/PeopleSearch';
import type { StepProps } from './SchoolSetup';
import { STEP_LABELS } from './steps';
import type { SetupSummary } from './summary';

interface CheckItem {
  label: string;
  /** What is set, or null when nothing is. */
  value: string | null;
  /** What to do when nothing is set. */
  todo: string;
  step: SetupStep;
}

function items(summary: SetupSummary): CheckItem[] {
  const year = summary.years?.[0];
  const count = (n: number | null, text: (n: number) => string) => (n ? text(n) : null);
  return [
    { label: 'Учебный год', value: year ? `${year.label}, периодов: ${year.periods.length}` : null,
      todo: 'Создайте учебный год с отчётными периодами.', step: 'calendar' },
    { label: 'Расписание звонков', value: count(summary.bellSchedules, (n) => `расписаний: ${n}`),
      todo: 'Добавьте расписание звонков.', step: 'calendar' },
    { label: 'Сотрудники', value: count(summary.staff, (n) => `сотрудников: ${n}`),
      todo: 'Добавьте сотрудников или загрузите их из файла.', step: 'staff' },
    { label: 'Классы', value: count(summary.classes, (n) => `классов: ${n}, учеников: ${summary.students ?? 0}`),
      todo: 'Создайте классы и зачислите учеников.', step: 'classes' },
    { label: 'Кабинеты', value: count(summary.rooms, (n) => `кабинетов: ${n}`),
      todo: 'Добавьте здания и кабинеты школы.', step: 'rooms' },
    { label: 'Учебный план', value: count(summary.curriculum, (n) => `строк плана: ${n}`),
      todo: 'Заполните часы по предметам для параллелей.', step: 'subjects' },
    { label: 'Нагрузка', value: count(summary.assignments, (n) => `назначений: ${n}`),
      todo: 'Назначьте учителям предметы в классах и группах.', step: 'assignments' },
  ];
}

/** The last step, «Готово»: what is set up, and links back to what is not. */
export function DoneStep({ school, summary }: StepProps) {
  if (!summary) return <InlineLoading text="Проверяем, что уже настроено…" />;
  const list = items(summary);
  const missing = list.filter((item) => !item.value).length;
  return (
    <>
      <p className="lead" role="status">
        {missing === 0
          ? 'Школа настроена: всё на месте. Дальше — расписание уроков.'
          : `Осталось заполнить: ${missing} из ${list.length}. Вернитесь к шагам по ссылкам ниже.`}
      </p>
      <ul className="checklist">
        {list.map((item) => (
          <li key={item.label} className={item.value ? 'checklist__item checklist__item--done' : 'checklist__item'}>
            <span className="checklist__mark" aria-hidden="true">
              {item.value ? '✓' : '!'}
            </span>
            <div className="checklist__body">
              <p className="checklist__label">
                {item.label}: <span className="checklist__state">{item.value ? 'готово' : 'не заполнено'}</span>
              </p>
              <p className="checklist__detail">{item.value ?? item.todo}</p>
            </div>
            <AppLink className="button button--secondary button--small" href={PATHS.regionSchoolSetup(school.id, item.step)}>
              {item.value ? 'Открыть' : 'Заполнить'}
              <span className="visually-hidden">: {STEP_LABELS[item.step]}</span>
            </AppLink>
          </li>
        ))}
      </ul>
      <PeopleSearch schoolId={school.id} version={0} />
    </>
  );
}
