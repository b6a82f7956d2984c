import type { ReactNode } from 'react';

export const LOGIN_URL = '/login';
export const LOGOUT_URL = '/logout';

/**
 * Sign-in and sign-out are full page navigations handled by the server, so these are plain
 * links styled as buttons.
 */
export function SignInLink({ children = 'Войти через Госуслуги' }: { children?: ReactNode }) {
  return (
    <a className="button button--primary" href={LOGIN_URL}>
      {children}
    </a>
  );
}

export function HomeLink() {
  return (
    <a className="button button--secondary" href="/">
      Вернуться на главную
    </a>
  );
}
