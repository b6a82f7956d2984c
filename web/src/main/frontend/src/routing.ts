/**
 * The views of the application. Sign-in outcomes come back from the server as `/?signin=…`;
 * role-based sections will be added here as paths.
 */
export type Route =
  | { name: 'home' }
  | { name: 'signin-unconfirmed' }
  | { name: 'signin-failed' }
  | { name: 'not-found' };

export function resolveRoute(pathname: string, search: string): Route {
  const signin = new URLSearchParams(search).get('signin');
  if (signin === 'unconfirmed') return { name: 'signin-unconfirmed' };
  if (signin === 'failed') return { name: 'signin-failed' };
  if (pathname === '/' || pathname === '/index.html') return { name: 'home' };
  return { name: 'not-found' };
}
