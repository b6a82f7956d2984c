import { ApiProvider } from './api/ApiContext';
import { homeSectionFor, shownSection } from './auth/sections';
import { useMe } from './auth/useMe';
import { Layout } from './components/Layout';
import { useAppLocation, useFocusOnNavigation, type AppLocation } from './navigation';
import { resolveRoute, sectionOf, type Route } from './routing';
import { AbsencesToday } from './views/classteacher/AbsencesToday';
import { ClassInvitations } from './views/classteacher/ClassInvitations';
import { PendingConfirmations } from './views/classteacher/PendingConfirmations';
import { DiarySection } from './views/diary/DiarySection';
import { JournalSection } from './views/journal/JournalSection';
import { RegionSection } from './views/region/RegionSection';
import { ReportsSection } from './views/reports/ReportsSection';
import { ScheduleSection } from './views/timetable/ScheduleSection';
import { SignedIn } from './views/SignedIn';
import { SignedOut } from './views/SignedOut';
import { SignInFailed } from './views/SignInFailed';
import { LoadError, Loading, NotFound } from './views/Status';
import { SchoolAdminSection } from './views/school/SchoolAdminSection';
import { Unconfirmed } from './views/Unconfirmed';

interface AppProps {
  /** A fixed address (tests); by default the browser's, followed as it changes. */
  location?: AppLocation;
  fetchImpl?: typeof fetch;
}

export function App({ location, fetchImpl }: AppProps) {
  const live = useAppLocation();
  const { pathname, search } = location ?? live;
  const route = resolveRoute(pathname, search);
  useFocusOnNavigation(pathname);

  // Sign-in outcomes are explained without asking the server: nobody is signed in.
  if (route.name === 'signin-unconfirmed' || route.name === 'signin-failed') {
    return <Layout>{route.name === 'signin-unconfirmed' ? <Unconfirmed /> : <SignInFailed />}</Layout>;
  }
  return (
    <ApiProvider fetchImpl={fetchImpl}>
      <Session route={route} search={search} fetchImpl={fetchImpl} />
    </ApiProvider>
  );
}

interface SessionProps {
  route: Route;
  search: string;
  fetchImpl: typeof fetch | undefined;
}

/** Who is signed in decides the navigation and what each page shows. */
function Session({ route, search, fetchImpl }: SessionProps) {
  const { state, retry } = useMe(fetchImpl);
  const me = state.kind === 'signed-in' ? state.me : null;
  const diaryHome = route.name === 'home' && me !== null && homeSectionFor(me.roles) === 'diary';

  let content;
  if (route.name === 'not-found') content = <NotFound />;
  else if (state.kind === 'loading') content = <Loading />;
  else if (state.kind === 'signed-out') content = <SignedOut />;
  else if (state.kind === 'error') content = <LoadError message={state.message} onRetry={retry} />;
  else if (diaryHome || route.name === 'diary') content = <DiarySection search={search} me={state.me} />;
  else if (route.name === 'home') content = <SignedIn me={state.me} />;
  else if (route.name === 'class-teacher-absences') content = <AbsencesToday search={search} me={state.me} />;
  else if (route.name === 'class-teacher-invitations') content = <ClassInvitations classId={route.id} />;
  else if (route.name === 'pending-confirmations') content = <PendingConfirmations me={state.me} />;
  else if (sectionOf(route) === 'timetable' || sectionOf(route) === 'plans') content = <ScheduleSection route={route} me={state.me} />;
  else if (sectionOf(route) === 'reports') content = <ReportsSection route={route} search={search} me={state.me} />;
  else if (sectionOf(route) === 'school') content = <SchoolAdminSection route={route} me={state.me} />;
  else if (route.name.startsWith('journal-')) content = <JournalSection route={route} search={search} me={state.me} />;
  else content = <RegionSection route={route} search={search} me={state.me} />;

  return (
    <Layout me={me} section={diaryHome ? 'diary' : shownSection(sectionOf(route), me?.roles ?? [])}>
      {content}
    </Layout>
  );
}
