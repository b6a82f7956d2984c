import { AppLink } from '../../components/AppLink';
import { PATHS, SETUP_STEPS, type SetupStep } from '../../routing';
import { nextStep, previousStep, STEP_LABELS } from './steps';

interface StepperProps {
  schoolId: number;
  current: SetupStep;
  /** Steps already filled in (marked ✓ and «заполнено»). */
  completed: ReadonlySet<SetupStep>;
}

/**
 * The progress of the set-up: one link per step, the current one marked `aria-current="step"`
 * (and by its shape, not colour alone). On phones only the numbers show; the names stay for
 * screen readers.
 */
export function Stepper({ schoolId, current, completed }: StepperProps) {
  return (
    <nav className="stepper" aria-label="Шаги настройки школы">
      <ol className="stepper__list">
        {SETUP_STEPS.map((step, index) => {
          const done = completed.has(step) && step !== 'done';
          return (
            <li key={step} className="stepper__item">
              <AppLink
                href={PATHS.regionSchoolSetup(schoolId, step)}
                className={done ? 'stepper__link stepper__link--done' : 'stepper__link'}
                aria-current={step === current ? 'step' : undefined}
              >
                <span className="stepper__number" aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                <span className="stepper__label">
                  {STEP_LABELS[step]}
                  {done && <span className="visually-hidden">, заполнено</span>}
                </span>
              </AppLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** «← Назад» and «Далее →» under a step. */
export function StepLinks({ schoolId, current }: { schoolId: number; current: SetupStep }) {
  const previous = previousStep(current);
  const next = nextStep(current);
  return (
    <nav className="step-links" aria-label="Переход между шагами">
      {previous && (
        <AppLink className="button button--secondary" href={PATHS.regionSchoolSetup(schoolId, previous)}>
          <span aria-hidden="true">←&nbsp;</span>Назад: {STEP_LABELS[previous]}
        </AppLink>
      )}
      {next && (
        <AppLink className="button button--primary step-links__next" href={PATHS.regionSchoolSetup(schoolId, next)}>
          Далее: {STEP_LABELS[next]}
          <span aria-hidden="true">&nbsp;→</span>
        </AppLink>
      )}
    </nav>
  );
}
