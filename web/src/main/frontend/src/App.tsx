import { useMe } from './auth/useMe';
import { Layout } from './components/Layout';
import { resolveRoute } from './routing';
import { SignedIn } from './views/SignedIn';
import { SignedOut } from './views/SignedOut';
import { SignInFailed } from './views/SignInFailed';
import { LoadError, Loading, NotFound } from './views/Status';
import { Unconfirmed } from './views/Unconfirmed';

interface AppProps {
  location?: Pick<Location, 'pathname' | 'search'>;
  fetchImpl?: typeof fetch;
}

export function App({ location = window.location, fetchImpl }: AppProps) {
  const route = resolveRoute(location.pathname, location.search);
  return (
    <Layout>
      {route.name === 'home' && <Home fetchImpl={fetchImpl} />}
      {route.name === 'signin-unconfirmed' && <Unconfirmed />}
      {route.name === 'signin-failed' && <SignInFailed />}
      {route.name === 'not-found' && <NotFound />}
    </Layout>
  );
}

/** The start page: who is signed in decides what is shown. */
function Home({ fetchImpl }: { fetchImpl: typeof fetch | undefined }) {
  const { state, retry } = useMe(fetchImpl);
  switch (state.kind) {
    case 'loading':
      return <Loading />;
    case 'signed-out':
      return <SignedOut />;
    case 'error':
      return <LoadError message={state.message} onRetry={retry} />;
    case 'signed-in':
      return <SignedIn me={state.me} />;
  }
}
