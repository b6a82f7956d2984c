import type { ReactNode } from 'react';
import { useFetch } from '../../api/ApiContext';
import { getSchool, type School } from '../../api/region';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { PATHS, SETUP_STEPS, type SetupStep } from '../../routing';
import { Loading } from '../Status';
import { RegionFailure } from '../region/common';
import { CalendarStep } from './calendar/CalendarStep';
import { AssignmentsStep } from './assignments/AssignmentsStep';
import { ClassesStep } from './classes/ClassesStep';
import { DoneStep } from './DoneStep';
import { RoomsStep } from './rooms/RoomsStep';
import { SchoolStep } from './SchoolStep';
import { StaffStep } from './staff/StaffStep';
import { StepLinks, Stepper } from './Stepper';
import { STEP_LABELS, stepNumber } from './steps';
import { SubjectsStep } from './subjects/SubjectsStep';
import { completedSteps, loadSummary, type SetupSummary } from './summary';

/** What every step gets: the school, what is set up so far, and a way to say it changed. */
export interface StepProps {
  school: School;
  summary: SetupSummary | null;
  onChange: () => void;
  /** The region administrator (not the school's journal administrator): may appoint journal administrators. */
  regionAdmin?: boolean;
}

/**
 * «Настройка школы»: the steps in the order of the set-up, each saved on its own, with the
 * progress at the top. The address names the step, so every step can be linked and reloaded.
 */
export function SchoolSetup({ id, step, regionAdmin = true }: { id: number; step: SetupStep; regionAdmin?: boolean }) {
  const fetchImpl = useFetch();
  const school = useResource((signal) => getSchool(fetchImpl, id, signal), String(id));
  // Reloaded on each step: the stepper's marks follow what the steps saved.
  const summary = useResource((signal) => loadSummary(fetchImpl, id, signal), `${id}/${step}`);

  const { data, failure } = school;
  if (failure && (data === null || failure.kind === 'signed-out' || failure.kind === 'forbidden')) {
    return <RegionFailure failure={failure} onRetry={school.reload} />;
  }
  if (data === null) return <Loading />;

  const props: StepProps = { school: data, summary: summary.data, onChange: summary.reload, regionAdmin };
  return (
    <Page
      title={STEP_LABELS[step]}
      eyebrow={`Настройка школы «${data.shortName}» · шаг ${stepNumber(step)} из ${SETUP_STEPS.length}`}
      back={
        <AppLink className="back-link" href={PATHS.regionSchool(data.id)}>
          <span aria-hidden="true">←</span>
          {data.shortName}
        </AppLink>
      }
      wide
      before={<Stepper schoolId={data.id} current={step} completed={completedSteps(summary.data)} />}
    >
      {stepView(step, props)}
      <StepLinks schoolId={data.id} current={step} />
    </Page>
  );
}

function stepView(step: SetupStep, props: StepProps): ReactNode {
  switch (step) {
    case 'school':
      return <SchoolStep {...props} />;
    case 'calendar':
      return <CalendarStep {...props} />;
    case 'staff':
      return <StaffStep {...props} />;
    case 'classes':
      return <ClassesStep {...props} />;
    case 'rooms':
      return <RoomsStep {...props} />;
    case 'subjects':
      return <SubjectsStep {...props} />;
    case 'assignments':
      return <AssignmentsStep {...props} />;
    case 'done':
      return <DoneStep {...props} />;
  }
}
