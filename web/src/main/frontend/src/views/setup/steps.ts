import { SETUP_STEPS, type SetupStep } from '../../routing';

/** The steps' names, as in the stepper and the headings. */
export const STEP_LABELS: Readonly<Record<SetupStep, string>> = {
  school: 'Данные школы',
  calendar: 'Учебный год и звонки',
  staff: 'Сотрудники',
  classes: 'Классы',
  rooms: 'Кабинеты',
  subjects: 'Предметы',
  assignments: 'Нагрузка',
  done: 'Готово',
};

export function stepNumber(step: SetupStep): number {
  return SETUP_STEPS.indexOf(step) + 1;
}

export function previousStep(step: SetupStep): SetupStep | null {
  return SETUP_STEPS[SETUP_STEPS.indexOf(step) - 1] ?? null;
}

export function nextStep(step: SetupStep): SetupStep | null {
  return SETUP_STEPS[SETUP_STEPS.indexOf(step) + 1] ?? null;
}
